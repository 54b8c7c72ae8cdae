import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { addNode, centreOf, createMap, drag, joinAs, node } from './helpers.ts'

const link = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

async function smallNetwork(page: Page) {
  await addNode(page, 'Träger', 'AWO')
  await addNode(page, 'Angebot / Einrichtung', 'Kita')
  await addNode(page, 'Fachamt / Verwaltung', 'Jugendamt')
  await node(page, 'Träger', 'AWO').click()
  await node(page, 'Angebot / Einrichtung', 'Kita').click({ modifiers: ['Shift'] })
  await page
    .getByRole('navigation', { name: 'Werkzeuge' })
    .getByRole('button', { name: 'Verbinden', exact: true })
    .click()
  const picker = page.getByRole('dialog', { name: 'Art der Verbindung' })
  await picker.getByRole('radio', { name: 'Trägerschaft' }).check()
  await picker.getByRole('button', { name: 'Verbinden' }).click()
  await expect(link(page, 'Trägerschaft: AWO – Kita')).toHaveCount(1)
}

test('copy and paste: the selection and its links arrive as new nodes, for everyone', async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page
  await smallNetwork(A)

  // Shift-click selects both ends of the link, Ctrl+C copies, Ctrl+V pastes copies.
  await node(A, 'Fachamt / Verwaltung', 'Jugendamt').click()
  await node(A, 'Träger', 'AWO').click()
  await node(A, 'Angebot / Einrichtung', 'Kita').click({ modifiers: ['Shift'] })
  await A.keyboard.press('Control+c')
  await A.keyboard.press('Control+v')
  await expect(node(B, 'Träger', 'AWO')).toHaveCount(2)
  await expect(node(B, 'Angebot / Einrichtung', 'Kita')).toHaveCount(2)
  await expect(link(B, 'Trägerschaft: AWO – Kita')).toHaveCount(2)
  await expect(node(B, 'Fachamt / Verwaltung', 'Jugendamt')).toHaveCount(1)
  // The pasted copies are what is selected now, so the next action applies to them.
  await expect(A.locator('.react-flow__node.selected')).toHaveCount(2)

  // Ctrl+D duplicates the selection once more; one undo takes the duplicate back.
  await A.keyboard.press('Control+d')
  await expect(node(B, 'Träger', 'AWO')).toHaveCount(3)
  await expect(link(B, 'Trägerschaft: AWO – Kita')).toHaveCount(3)
  await A.keyboard.press('Control+z')
  await expect(node(B, 'Träger', 'AWO')).toHaveCount(2)
  await expect(link(B, 'Trägerschaft: AWO – Kita')).toHaveCount(2)
})

test('box select with Shift-drag, move the selection, and delete it with a confirmation', async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page
  await smallNetwork(A)

  // A Shift-drag over the empty canvas around all nodes selects all three. First the whole map
  // into view, so the box around the nodes lies on the canvas and not on the toolbar.
  await A.getByRole('button', { name: 'Ganze Karte zeigen' }).click()
  const viewport = A.locator('.react-flow__viewport')
  let settled = ''
  await expect
    .poll(async () => {
      const now = await viewport.evaluate((el) => (el as HTMLElement).style.transform)
      const same = now === settled
      settled = now
      return same
    })
    .toBe(true)
  const pane = await A.locator('.react-flow__pane').boundingBox()
  if (!pane) throw new Error('no pane')
  const boxes = await Promise.all(
    [
      node(A, 'Träger', 'AWO'),
      node(A, 'Angebot / Einrichtung', 'Kita'),
      node(A, 'Fachamt / Verwaltung', 'Jugendamt'),
    ].map(async (n) => {
      const box = await n.boundingBox()
      if (!box) throw new Error('no box')
      return box
    }),
  )
  const left = Math.max(pane.x + 2, Math.min(...boxes.map((b) => b.x)) - 20)
  const top = Math.max(pane.y + 2, Math.min(...boxes.map((b) => b.y)) - 20)
  const right = Math.min(pane.x + pane.width - 2, Math.max(...boxes.map((b) => b.x + b.width)) + 20)
  const bottom = Math.min(
    pane.y + pane.height - 2,
    Math.max(...boxes.map((b) => b.y + b.height)) + 20,
  )
  await A.keyboard.down('Shift')
  await drag(A, { x: left, y: top }, { x: right, y: bottom })
  await A.keyboard.up('Shift')
  await expect(A.locator('.react-flow__node.selected')).toHaveCount(3)

  // Dragging one of them moves all three; the others see all three moved.
  const transforms = (page: Page) =>
    page
      .locator('.react-flow__node')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform).sort())
  const before = await transforms(B)
  const from = await centreOf(node(A, 'Angebot / Einrichtung', 'Kita'))
  await drag(A, from, { x: from.x + 30, y: from.y + 120 })
  await expect
    .poll(async () => {
      const now = await transforms(B)
      return now.filter((t, i) => t !== before[i]).length
    })
    .toBe(3)

  // Deleting the three asks because a link goes too; Cancel keeps them, Löschen removes them.
  await A.getByRole('button', { name: 'Auswahl löschen' }).click()
  const confirm = A.getByRole('alertdialog', { name: '3 Einträge löschen?' })
  await expect(confirm).toContainText('1 Verbindung wird mit gelöscht.')
  await confirm.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(node(B, 'Träger', 'AWO')).toHaveCount(1)
  await A.getByRole('button', { name: 'Auswahl löschen' }).click()
  await confirm.getByRole('button', { name: 'Löschen' }).click()
  await expect(B.locator('.react-flow__node')).toHaveCount(0)
  await expect(link(B, 'Trägerschaft: AWO – Kita')).toHaveCount(0)
})

test('copying between two maps goes through the system clipboard, without contact data', async ({
  people,
}) => {
  // One person, two tabs: a coordinator takes actors from last year's map into a new one.
  const { context, page: A } = await people.open()
  const lastYear = await createMap(A, 'Stadtteilkonferenz 2025')
  await joinAs(A, lastYear.editUrl, 'Anna')
  await addNode(A, 'Träger', 'AWO')
  await node(A, 'Träger', 'AWO').click()
  await A.keyboard.press('Enter')
  const panelA = A.getByRole('tabpanel', { name: 'Eigenschaften' })
  await panelA.getByLabel('Sozialraum / Planungsraum').fill('Kalk-Nord')
  await panelA.getByLabel('Kontakt (freiwillig)').fill('Frau Beispiel, 0221 123')
  await panelA.getByLabel('Kontakt (freiwillig)').press('Enter')
  await node(A, 'Träger', 'AWO').click()
  await A.keyboard.press('Control+c')

  const B = await context.newPage()
  const thisYear = await createMap(B, 'Stadtteilkonferenz 2026')
  await B.goto(thisYear.editUrl)
  await expect(B.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
  await B.getByRole('application').click()
  await B.keyboard.press('Control+v')
  await expect(node(B, 'Träger', 'AWO')).toBeVisible()
  // The pasted node is selected: Enter on it opens its properties.
  await node(B, 'Träger', 'AWO').focus()
  await B.keyboard.press('Enter')
  const panelB = B.getByRole('tabpanel', { name: 'Eigenschaften' })
  await expect(panelB.getByLabel('Sozialraum / Planungsraum')).toHaveValue('Kalk-Nord')
  await expect(panelB.getByLabel('Kontakt (freiwillig)')).toHaveValue('')
})
