import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { addNode, createMap, joinAs, node } from './helpers.ts'

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

const actorsTable = (page: Page) => page.getByRole('table', { name: /^Akteure der Karte/ })
const linksTable = (page: Page) => page.getByRole('table', { name: /^Verbindungen der Karte/ })

test('the table view lists, sorts and edits actors live for both users', async ({ people }) => {
  const anna = await people.open()
  const ben = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  const B = ben.page
  await joinAs(A, map.editUrl, 'Anna')
  await joinAs(B, map.editUrl, 'Ben')
  await addNode(A, 'Träger', 'Caritas')
  await addNode(A, 'Fachamt / Verwaltung', 'Amt')
  await addNode(A, 'Träger', 'Bürgerverein')

  await A.getByRole('button', { name: 'Tabelle' }).click()
  await expect(A.getByRole('button', { name: 'Tabelle' })).toHaveAttribute('aria-pressed', 'true')
  const table = actorsTable(A)
  await expect(table).toBeVisible()
  const names = table.getByRole('rowheader').getByRole('textbox')
  await expect(names).toHaveCount(3)
  await expect(names.nth(0)).toHaveValue('Amt')

  // Sort by name, descending, with the sort button in the column header.
  const nameHeader = table.getByRole('columnheader', { name: 'Name' })
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await nameHeader.getByRole('button').click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(names.nth(0)).toHaveValue('Caritas')
  expect(await seriousViolations(A)).toEqual([])

  // Ben renames on the canvas; Anna's table follows.
  await node(B, 'Träger', 'Caritas').dblclick()
  const rename = B.getByLabel('Neuer Name für Träger')
  await rename.fill('Caritasverband')
  await rename.press('Enter')
  await expect(table.getByLabel('Name von Caritasverband')).toHaveValue('Caritasverband')

  // Anna edits in the table; Ben's canvas follows, and the change is announced politely.
  const field = table.getByLabel('Name von Amt')
  await field.fill('Jugendamt')
  await field.press('Enter')
  await expect(node(B, 'Träger', 'Jugendamt')).toBeHidden()
  await expect(node(B, 'Fachamt / Verwaltung', 'Jugendamt')).toBeVisible()
  await expect(A.getByRole('status').filter({ hasText: 'heißt jetzt' })).toHaveText(
    '„Amt“ heißt jetzt „Jugendamt“.',
  )
  await table.getByLabel('Säule von Jugendamt').selectOption({ label: 'Jugendhilfe' })
  await table
    .getByLabel('Art von Bürgerverein')
    .selectOption({ label: 'Bewohner*innengruppe / Initiative' })
  await A.getByRole('button', { name: 'Karte', exact: true }).click()
  await expect(node(A, 'Bewohner*innengruppe / Initiative', 'Bürgerverein')).toBeVisible()
  await expect(node(B, 'Bewohner*innengruppe / Initiative', 'Bürgerverein')).toBeVisible()
})

test('links are listed and their kind and status can be changed in the table', async ({
  people,
}) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await joinAs(A, map.editUrl, 'Anna')
  await addNode(A, 'Träger', 'Caritas')
  await addNode(A, 'Angebot / Einrichtung', 'Jugendzentrum')
  await node(A, 'Träger', 'Caritas').click()
  await node(A, 'Angebot / Einrichtung', 'Jugendzentrum').click({ modifiers: ['Control'] })
  await A.getByRole('navigation', { name: 'Werkzeuge' })
    .getByRole('button', { name: 'Verbinden' })
    .click()
  const picker = A.getByRole('dialog', { name: 'Art der Verbindung' })
  await picker.getByRole('button', { name: 'Verbinden' }).click()
  await expect(picker).toBeHidden()

  await A.getByRole('button', { name: 'Tabelle' }).click()
  const links = linksTable(A)
  await expect(links.getByRole('rowheader', { name: 'Caritas' })).toBeVisible()
  const status = links.getByLabel('Status der Verbindung Caritas – Jugendzentrum')
  await status.selectOption({ label: 'geplant / vereinbart' })
  await expect(status).toHaveValue('planned')
  // Strength is a number in the document; the select must write 3, not the string "3".
  await links
    .getByLabel('Stärke der Verbindung Caritas – Jugendzentrum')
    .selectOption({ label: 'eng' })
  await A.reload()
  await A.getByRole('button', { name: 'Tabelle' }).click()
  await expect(
    linksTable(A).getByLabel('Status der Verbindung Caritas – Jugendzentrum'),
  ).toHaveValue('planned')
  await expect(
    linksTable(A).getByLabel('Stärke der Verbindung Caritas – Jugendzentrum'),
  ).toHaveValue('3')
})

test('a view link shows the tables without anything to edit', async ({ people }) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await addNode(anna.page, 'Träger', 'Caritas')
  const viewer = await people.open()
  await viewer.page.goto(map.viewUrl)
  await viewer.page.getByRole('button', { name: 'Tabelle' }).click()
  const table = actorsTable(viewer.page)
  await expect(table.getByRole('rowheader', { name: 'Caritas' })).toBeVisible()
  await expect(table.getByRole('textbox')).toHaveCount(0)
  await expect(table.getByRole('combobox')).toHaveCount(0)
  expect(await seriousViolations(viewer.page)).toEqual([])
})
