import { expect, test } from './fixtures.ts'
import { createMap, joinAs, node } from './helpers.ts'

test('a sticky note holds several lines of text and is edited in place', async ({ people }) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page

  await A.getByRole('button', { name: 'Notiz hinzufügen' }).click()
  const text = A.getByLabel('Text der Notiz')
  await expect(text).toBeFocused()
  // Enter starts a new line; Ctrl+Enter finishes.
  await A.keyboard.press('Control+a')
  await A.keyboard.type('Offene Fragen:')
  await A.keyboard.press('Enter')
  await A.keyboard.type('Räume für die Jugendarbeit?')
  await A.keyboard.press('Control+Enter')
  await expect(text).toHaveCount(0)
  const label = 'Offene Fragen:\nRäume für die Jugendarbeit?'
  const noteB = node(B, 'Notiz', label)
  await expect(noteB).toBeVisible()
  await expect(noteB.locator('.qn-node__label')).toHaveText(label)
  // Shown on two lines, not run together.
  const lines = await noteB
    .locator('.qn-node__label')
    .evaluate((el) =>
      Math.round(
        el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight),
      ),
    )
  expect(lines).toBeGreaterThanOrEqual(2)

  // Escape cancels an edit; a double-click edits again.
  await node(A, 'Notiz', label).dblclick()
  await expect(text).toHaveValue(label)
  await A.keyboard.type('verworfen')
  await A.keyboard.press('Escape')
  await expect(node(B, 'Notiz', label)).toBeVisible()

  // In the properties panel the note is a text, with no network fields (it is no actor).
  await node(A, 'Notiz', label).click()
  await A.keyboard.press('Enter')
  const panel = A.getByRole('tabpanel', { name: 'Eigenschaften' })
  await expect(panel.getByLabel('Text der Notiz')).toHaveValue(label)
  await expect(panel.getByLabel('Säule / Ressort')).toHaveCount(0)
  await expect(panel.getByRole('group', { name: 'Lebenslagen' })).toHaveCount(0)
  await panel.getByLabel('Text der Notiz').fill('Räume: geklärt')
  await panel.getByLabel('Text der Notiz').press('Control+Enter')
  await expect(node(B, 'Notiz', 'Räume: geklärt')).toBeVisible()
})
