import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { addNode, centreOf, createMap, drag, joinAs, node } from './helpers.ts'

const transformOf = (page: Page, kind: string, label: string) =>
  node(page, kind, label).evaluate((el) => (el as HTMLElement).style.transform)

test("undo takes back only one's own changes, never the other participant's", async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page
  const undo = A.getByRole('button', { name: 'Rückgängig' })
  const redo = A.getByRole('button', { name: 'Wiederholen' })
  await expect(undo).toBeDisabled()

  await addNode(A, 'Träger', 'AWO')
  await addNode(B, 'Fachamt / Verwaltung', 'Jugendamt')
  await expect(node(A, 'Fachamt / Verwaltung', 'Jugendamt')).toBeVisible()

  // Anna writes a description (one step), then Bert renames his node.
  await node(A, 'Träger', 'AWO').click()
  await A.keyboard.press('Enter')
  const panel = A.getByRole('tabpanel', { name: 'Eigenschaften' })
  await panel.getByLabel('Kurzbeschreibung').fill('Offene Ganztagsschule')
  await panel.getByLabel('Kurzbeschreibung').press('Control+Enter')
  await node(B, 'Fachamt / Verwaltung', 'Jugendamt').click()
  await B.keyboard.press('F2')
  await B.getByLabel('Neuer Name für Fachamt / Verwaltung').fill('Jugendamt Kalk')
  await B.keyboard.press('Enter')
  await expect(node(A, 'Fachamt / Verwaltung', 'Jugendamt Kalk')).toBeVisible()

  // Anna drags her node: the whole drag is one undo step.
  const before = await transformOf(A, 'Träger', 'AWO')
  const from = await centreOf(node(A, 'Träger', 'AWO'))
  await drag(A, from, { x: from.x + 60, y: from.y + 180 })
  await expect.poll(() => transformOf(B, 'Träger', 'AWO')).not.toBe(before)
  await node(A, 'Träger', 'AWO').focus()
  await A.keyboard.press('Control+z')
  await expect.poll(() => transformOf(A, 'Träger', 'AWO')).toBe(before)
  await expect.poll(() => transformOf(B, 'Träger', 'AWO')).toBe(before)

  // The next undo takes back the description, for both.
  await A.keyboard.press('Control+z')
  await expect(panel.getByLabel('Kurzbeschreibung')).toHaveValue('')

  // Undo everything Anna did: her node goes, Bert's renamed node stays.
  for (let i = 0; i < 5 && (await undo.isEnabled()); i++) await undo.click()
  await expect(undo).toBeDisabled()
  await expect(node(B, 'Träger', 'AWO')).toHaveCount(0)
  await expect(node(A, 'Träger', 'AWO')).toHaveCount(0)
  await expect(node(A, 'Fachamt / Verwaltung', 'Jugendamt Kalk')).toBeVisible()
  await expect(node(B, 'Fachamt / Verwaltung', 'Jugendamt Kalk')).toBeVisible()

  // Redo brings Anna's node back for everyone (Ctrl+Shift+Z, Ctrl+Y and the button).
  await expect(redo).toBeEnabled()
  await A.keyboard.press('Control+Shift+z')
  await expect(B.getByRole('group', { name: /^Träger: (AWO|Träger \(neu\))$/ })).toHaveCount(1)
  for (let i = 0; i < 5 && (await redo.isEnabled()); i++) await A.keyboard.press('Control+y')
  await expect(redo).toBeDisabled()
  await expect.poll(() => transformOf(B, 'Träger', 'AWO')).not.toBe(before)

  // Bert's own undo stack is his: undoing there takes back only his rename.
  await node(B, 'Fachamt / Verwaltung', 'Jugendamt Kalk').focus()
  await B.keyboard.press('Control+z')
  await expect(node(A, 'Fachamt / Verwaltung', 'Jugendamt')).toBeVisible()
  await expect(node(A, 'Träger', 'AWO')).toBeVisible()
})
