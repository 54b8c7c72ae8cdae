import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { addNode, createMap, joinAs } from './helpers.ts'
import { seedNeighbourhood, tokenOf } from './view-seed.ts'

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

test('the start page and its result have no serious accessibility problems', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Neue Karte' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByLabel('Titel').fill('Barrierefreie Karte')
  await page.getByRole('button', { name: 'Karte anlegen' }).click()
  await expect(page.getByRole('heading', { name: 'Ihre Karte ist angelegt' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the map page has no serious accessibility problems, editing and viewing', async ({
  people,
}) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await A.goto(map.editUrl)
  await expect(A.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' })).toBeVisible()
  expect(await seriousViolations(A)).toEqual([])
  await joinAs(A, map.editUrl, 'Anna')
  await addNode(A, 'Träger', 'Caritas')
  await addNode(A, 'Angebot / Einrichtung', 'Jugendzentrum')
  await addNode(A, 'Notiz', 'Offene Frage: Räume?')
  expect(await seriousViolations(A)).toEqual([])

  const viewer = await people.open()
  await viewer.page.goto(map.viewUrl)
  await expect(viewer.page.getByText('Nur ansehen')).toBeVisible()
  await expect(viewer.page.getByRole('group', { name: 'Träger: Caritas' })).toBeVisible()
  expect(await seriousViolations(viewer.page)).toEqual([])
})

test('the analysis panel has no serious accessibility problems, also for a view link', async ({
  people,
}) => {
  const viewer = await people.open()
  const map = await createMap(viewer.page)
  await viewer.page.goto(map.viewUrl)
  await expect(viewer.page.getByText('Nur ansehen')).toBeVisible()
  await viewer.page.getByRole('tab', { name: 'Analyse' }).click()
  await expect(viewer.page.getByText('Die Karte hat noch keine Akteure.')).toBeVisible()
  await viewer.page.getByRole('checkbox', { name: 'Gemeinschaften einfärben' }).check()
  expect(await seriousViolations(viewer.page)).toEqual([])
})

test('the properties panel and the editing dialogs have no serious accessibility problems', async ({
  people,
}) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await joinAs(A, map.editUrl, 'Anna')
  await addNode(A, 'Träger', 'Caritas')
  await addNode(A, 'Angebot / Einrichtung', 'Jugendzentrum')

  // Node properties, with a website error showing.
  await A.getByRole('group', { name: 'Träger: Caritas' }).click()
  await A.keyboard.press('Enter')
  const panel = A.getByRole('tabpanel', { name: 'Eigenschaften' })
  await panel.getByLabel('Website').fill('caritas')
  await panel.getByLabel('Website').press('Enter')
  await expect(panel.getByRole('alert')).toBeVisible()
  expect(await seriousViolations(A)).toEqual([])

  // "Verbindung zu …" and the shortcut help.
  await A.getByRole('group', { name: 'Träger: Caritas' }).focus()
  await A.keyboard.press('v')
  const connect = A.getByRole('dialog', { name: 'Verbindung von „Caritas“ zu …' })
  await expect(connect).toBeVisible()
  expect(await seriousViolations(A)).toEqual([])
  await connect.getByRole('radio', { name: /Jugendzentrum/ }).check()
  await connect.getByRole('button', { name: 'Verbinden' }).click()
  await A.keyboard.press('?')
  await expect(A.getByRole('dialog', { name: 'Tastenkürzel' })).toBeVisible()
  expect(await seriousViolations(A)).toEqual([])
  await A.keyboard.press('Escape')

  // Link properties and the delete confirmation.
  await A.getByRole('group', { name: 'Kooperation: Caritas – Jugendzentrum' }).focus()
  await A.keyboard.press('Enter')
  await expect(panel.getByLabel('Art der Verbindung')).toBeVisible()
  expect(await seriousViolations(A)).toEqual([])
  await A.getByRole('group', { name: 'Träger: Caritas' }).click()
  await A.keyboard.press('Delete')
  await expect(A.getByRole('alertdialog', { name: 'Eintrag löschen?' })).toBeVisible()
  expect(await seriousViolations(A)).toEqual([])
})

test('the legend, the filter tab and presentation mode have no serious accessibility problems, also for a view link', async ({
  people,
  baseURL,
}) => {
  const viewer = await people.open()
  const map = await createMap(viewer.page)
  await seedNeighbourhood(baseURL as string, map.id, tokenOf(map.editUrl))
  const V = viewer.page
  await V.goto(map.viewUrl)
  await expect(V.getByRole('group', { name: 'Träger: Caritas' })).toBeVisible()
  await V.getByRole('button', { name: 'Legende' }).click()
  const legend = V.getByRole('region', { name: 'Legende' })
  await legend.getByRole('button', { name: 'Gesundheit', exact: true }).click()
  await V.getByRole('tab', { name: 'Filter' }).click()
  const panel = V.getByRole('tabpanel', { name: 'Filter' })
  await panel.getByLabel('Eintrag suchen').fill('a')
  await expect(panel.getByRole('status').filter({ hasText: 'Treffer' })).toBeVisible()
  expect(await seriousViolations(V)).toEqual([])
  await V.getByRole('button', { name: 'Präsentation' }).click()
  await expect(V.getByRole('button', { name: 'Präsentation beenden' })).toBeVisible()
  expect(await seriousViolations(V)).toEqual([])
})

test('the moderation and session panels, the lock banner and the vote bar have no serious accessibility problems', async ({
  people,
}) => {
  // Three screens and several axe scans: slow on a loaded machine.
  test.setTimeout(120_000)
  const mona = await people.open()
  const aylin = await people.open()
  const response = await mona.page.request.post('/api/maps', {
    data: { title: 'Barrierefreie Sitzung', area: 'Köln-Kalk' },
  })
  const map = (await response.json()) as { editUrl: string; facilitatorUrl: string }
  const M = mona.page
  await joinAs(M, map.facilitatorUrl, 'Mona')
  await joinAs(aylin.page, map.editUrl, 'Aylin')
  await addNode(M, 'Träger', 'Caritas')
  await M.getByRole('tab', { name: 'Moderation' }).click()
  const panel = M.getByRole('tabpanel')
  await panel.getByLabel('Titel der Sitzung').fill('Sitzung')
  await panel.getByRole('button', { name: 'Sitzung beginnen' }).click()
  await panel.getByRole('button', { name: 'Karte sperren' }).click()
  await panel.getByLabel('Frage', { exact: true }).fill('Wo fehlt Kooperation?')
  await panel.getByRole('button', { name: 'Abstimmung öffnen' }).click()
  await panel.getByRole('button', { name: 'Zeit starten' }).click()
  await expect(panel.getByRole('button', { name: 'Ergebnis zeigen' })).toBeVisible()
  expect(await seriousViolations(M)).toEqual([])
  await expect(aylin.page.getByText(/Die Karte ist gesperrt/)).toBeVisible()
  await expect(aylin.page.getByRole('region', { name: /Abstimmung/ })).toBeVisible()
  await expect(aylin.page.locator('.timer-digits')).toBeVisible()
  expect(await seriousViolations(aylin.page)).toEqual([])
  await M.getByRole('tab', { name: 'Sitzung' }).click()
  await expect(M.getByRole('tabpanel').getByRole('heading', { name: 'Anwesenheit' })).toBeVisible()
  await expect(M.getByRole('tabpanel').getByRole('textbox', { name: 'Name (Aylin)' })).toBeVisible()
  expect(await seriousViolations(M)).toEqual([])
})

test('the table view has no serious accessibility problems', async ({ people }) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await joinAs(A, map.editUrl, 'Anna')
  await addNode(A, 'Träger', 'Caritas')
  await A.getByRole('button', { name: 'Tabelle' }).click()
  await expect(A.getByRole('table', { name: /^Akteure der Karte/ })).toBeVisible()
  expect(await seriousViolations(A)).toEqual([])
})
