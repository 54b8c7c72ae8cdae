import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { addNode, createMap, joinAs } from './helpers.ts'

// German Excel "CSV (Trennzeichen-getrennt)": Windows-1252, `;`, a row without a name, an unknown kind.
const EXCEL_CSV = fileURLToPath(
  new URL('../shared/src/formats/fixtures/excel-de-actors.csv', import.meta.url),
)

const actor = (page: Page, label: string) =>
  page.getByRole('group', { name: new RegExp(`: ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })

/** Clicks "Importieren" and picks files in the browser's file chooser. */
async function pickFiles(
  page: Page,
  files: string | { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Importieren', exact: true }).click()
  await (await chooser).setFiles(files)
  const dialog = page.getByRole('dialog', { name: 'Importieren: Vorschau' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('an Excel CSV is previewed, imported for everyone in one step and undone for everyone', async ({
  people,
}) => {
  const anna = await people.open()
  const ben = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  const B = ben.page
  await joinAs(A, map.editUrl, 'Anna')
  await joinAs(B, map.editUrl, 'Ben')
  // Same name as a row of the file, other case: recognised as a duplicate.
  await addNode(A, 'Träger', 'jugendamt mülheim')
  await expect(actor(B, 'jugendamt mülheim')).toBeVisible()

  const dialog = await pickFiles(A, EXCEL_CSV)
  await expect(dialog.getByLabel('Feld für die Spalte „Name“')).toHaveValue('label')
  await expect(dialog.getByLabel('Feld für die Spalte „Säule“')).toHaveValue('sector')
  await expect(dialog.getByRole('status')).toHaveText(
    'Hinzugefügt werden 6 Akteure und 0 Verbindungen.',
  )
  const duplicates = dialog.getByRole('group', { name: 'Doppelte Akteure' })
  await expect(duplicates.getByText('Jugendamt Mülheim (schon in der Karte)')).toBeVisible()
  await expect(duplicates.getByLabel('zusammenführen (fehlende Angaben ergänzen)')).toBeChecked()
  const rowSix = dialog.getByRole('listitem').filter({ hasText: 'Zeile 6: Der Name fehlt' })
  await expect(rowSix).toContainText('Zeile übersprungen')
  await expect(dialog.getByText(/„Raumschiff“ ist unbekannt/)).toBeVisible()

  // Editing the mapping asks for a new preview with it.
  await dialog.getByLabel('Feld für die Spalte „Ansprechperson“').selectOption('nicht übernehmen')
  await expect(dialog.getByText('Die Spalte „Ansprechperson“ wird nicht übernommen.')).toBeVisible()
  await expect(dialog.getByLabel('Feld für die Spalte „Ansprechperson“')).toHaveValue('')

  const axe = await new AxeBuilder({ page: A })
    .include('.import-dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  )

  await dialog.getByRole('button', { name: '6 Akteure und 0 Verbindungen importieren' }).click()
  await expect(dialog).toBeHidden()
  for (const page of [A, B]) {
    await expect(actor(page, 'Caritas Köln e.V.')).toBeVisible()
    await expect(actor(page, 'Kita "Sonnenblume"')).toBeVisible()
    await expect(actor(page, 'Quartiersbüro')).toBeVisible()
    await expect(page.getByRole('group', { name: /^[^:]+: / })).toHaveCount(7)
  }
  // The view is fitted to what came in.
  await expect(actor(A, 'Straßenfest-AG')).toBeInViewport()

  // One undo takes the whole import back, for everyone; the map's own actor stays.
  await A.getByRole('button', { name: 'Rückgängig', exact: true }).click()
  for (const page of [A, B]) {
    await expect(actor(page, 'Caritas Köln e.V.')).toHaveCount(0)
    await expect(page.getByRole('group', { name: /^[^:]+: / })).toHaveCount(1)
    await expect(actor(page, 'jugendamt mülheim')).toBeVisible()
  }
})

test('cancel changes nothing; a broken file lists its reasons; a huge one is refused', async ({
  people,
}) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await joinAs(A, map.editUrl, 'Anna')
  await addNode(A, 'Träger', 'Caritas')

  let dialog = await pickFiles(A, EXCEL_CSV)
  await expect(dialog.getByRole('status')).toContainText('Hinzugefügt werden 7 Akteure')
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toBeHidden()
  await expect(A.getByRole('group', { name: /^[^:]+: / })).toHaveCount(1)

  const broken = 'Name;Art\nJugendzentrum;Angebot\n"Caritas;Träger\nAWO;Träger\n'
  dialog = await pickFiles(A, {
    name: 'kaputt.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(broken, 'utf8'),
  })
  await expect(dialog.getByRole('alert')).toHaveText(
    'Diese Datei kann nicht importiert werden. Nichts wurde geändert.',
  )
  const reason = dialog.getByRole('listitem').filter({ hasText: 'Anführungszeichen' })
  await expect(reason).toContainText('Fehler, Datei abgelehnt')
  await expect(reason).toContainText('Zeile 3')
  await expect(dialog.getByRole('button', { name: 'Importieren' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toBeHidden()

  const huge = Buffer.alloc(10 * 1024 * 1024 + 200 * 1024, 'a')
  dialog = await pickFiles(A, { name: 'riesig.csv', mimeType: 'text/csv', buffer: huge })
  await expect(dialog.getByRole('alert')).toContainText('Die Datei ist zu groß: höchstens 10 MB')
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(A.getByRole('group', { name: /^[^:]+: / })).toHaveCount(1)
})

test('a view link downloads the map as JSON, CSV and GraphML whose content parses', async ({
  people,
}) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await addNode(anna.page, 'Träger', 'Caritas Köln')

  const viewer = await people.open()
  const V = viewer.page
  await V.goto(map.viewUrl)
  await expect(actor(V, 'Caritas Köln')).toBeVisible()
  await expect(V.getByRole('button', { name: 'Importieren', exact: true })).toHaveCount(0)
  await V.getByRole('tab', { name: 'Sitzung' }).click()
  const downloaded = async (button: string) => {
    const download = V.waitForEvent('download')
    await V.getByRole('button', { name: button, exact: true }).click()
    return readFile(await (await download).path(), 'utf8')
  }

  const json = JSON.parse(await downloaded('JSON')) as { nodes?: { label: string }[] }
  expect(json.nodes?.map((n) => n.label)).toContain('Caritas Köln')

  const csv = (await downloaded('Akteure CSV (RFC 4180, Komma)')).replace(/^\uFEFF/, '')
  const [header, ...rows] = csv.trim().split(/\r?\n/)
  expect(header?.split(',')).toContain('Name')
  expect(rows.some((row) => row.split(',').includes('Caritas Köln'))).toBe(true)

  const graphml = await downloaded('GraphML (yEd)')
  // The browser's own XML parser: well-formed, with <graphml> as the root.
  const root = await V.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    return doc.querySelector('parsererror') ? null : doc.documentElement.localName
  }, graphml)
  expect(root).toBe('graphml')
  expect(graphml).toContain('Caritas Köln')
})
