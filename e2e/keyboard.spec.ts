import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { createMap, node } from './helpers.ts'

/** Joins by keyboard only: type the name, Enter. */
async function joinByKeyboard(page: Page, url: string, name: string) {
  await page.goto(url)
  const dialog = page.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' })
  await expect(dialog.getByLabel('Ihr Name')).toBeFocused()
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
}

/** N, then the kind's digit, then the name typed into the field that opens. */
async function addByKeyboard(page: Page, digit: string, kind: string, label: string) {
  await page.keyboard.press('n')
  await page.keyboard.press(digit)
  await expect(page.getByLabel(`Neuer Name für ${kind}`)).toBeFocused()
  await page.keyboard.type(label)
  await page.keyboard.press('Enter')
  await expect(node(page, kind, label)).toBeFocused()
}

const xOf = (page: Page, kind: string, label: string) =>
  node(page, kind, label).evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).m41)

test('everything by keyboard: add, connect through a dialog, navigate, edit properties, move, delete', async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await joinByKeyboard(A, map.editUrl, 'Anna')
  await joinByKeyboard(bert.page, map.editUrl, 'Bert')

  await addByKeyboard(A, '1', 'Träger', 'Caritas')
  await addByKeyboard(A, '5', 'Fachamt / Verwaltung', 'Jugendamt')
  await expect(node(bert.page, 'Fachamt / Verwaltung', 'Jugendamt')).toBeVisible()

  // "V" with one node selected: connect it to a node picked from a searchable list.
  await A.keyboard.press('v')
  const connect = A.getByRole('dialog', { name: 'Verbindung von „Jugendamt“ zu …' })
  await expect(connect.getByLabel('Ziel suchen')).toBeFocused()
  await A.keyboard.type('cari')
  await expect(connect.getByText('1 Eintrag passt')).toBeVisible()
  await A.keyboard.press('Tab')
  await A.keyboard.press('Space')
  await expect(connect.getByRole('radio', { name: 'Caritas (Träger)' })).toBeChecked()
  await A.keyboard.press('Enter')
  await expect(connect).toBeHidden()
  await expect(
    bert.page.getByRole('group', { name: 'Kooperation: Jugendamt – Caritas' }),
  ).toHaveCount(1)
  await expect(node(A, 'Fachamt / Verwaltung', 'Jugendamt')).toBeFocused()

  // Alt+arrows jump to the nearest node in that direction and say where one is.
  const caritas = node(A, 'Träger', 'Caritas')
  const jugendamt = node(A, 'Fachamt / Verwaltung', 'Jugendamt')
  const direction =
    (await xOf(A, 'Träger', 'Caritas')) < (await xOf(A, 'Fachamt / Verwaltung', 'Jugendamt'))
      ? ['Alt+ArrowLeft', 'Alt+ArrowRight']
      : ['Alt+ArrowRight', 'Alt+ArrowLeft']
  await A.keyboard.press(direction[0] as string)
  await expect(caritas).toBeFocused()
  await expect(
    A.locator('[aria-live="polite"]').filter({ hasText: 'Träger: Caritas' }),
  ).toHaveCount(1)
  await A.keyboard.press(direction[1] as string)
  await expect(jugendamt).toBeFocused()
  await A.keyboard.press(direction[0] as string)
  await expect(caritas).toBeFocused()

  // Enter opens the properties with the name field focused.
  await A.keyboard.press('Enter')
  const panel = A.getByRole('tabpanel', { name: 'Eigenschaften' })
  await expect(panel.getByLabel('Name')).toBeFocused()
  await A.keyboard.press('Control+a')
  await A.keyboard.type('Caritas Kalk')
  await A.keyboard.press('Enter')
  await expect(node(bert.page, 'Träger', 'Caritas Kalk')).toBeVisible()

  // Arrow keys move the selected node; Shift makes bigger steps.
  const moved = node(A, 'Träger', 'Caritas Kalk')
  await moved.focus()
  const x0 = await xOf(A, 'Träger', 'Caritas Kalk')
  await A.keyboard.press('ArrowRight')
  await expect.poll(() => xOf(A, 'Träger', 'Caritas Kalk')).toBeGreaterThan(x0)
  const x1 = await xOf(A, 'Träger', 'Caritas Kalk')
  await A.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => xOf(A, 'Träger', 'Caritas Kalk')).toBeGreaterThan(x1 + (x1 - x0))
  await expect
    .poll(() => xOf(bert.page, 'Träger', 'Caritas Kalk'))
    .toBe(await xOf(A, 'Träger', 'Caritas Kalk'))

  // Delete asks first because a link goes with it; Escape keeps everything.
  await A.keyboard.press('Delete')
  const confirm = A.getByRole('alertdialog', { name: 'Eintrag löschen?' })
  await expect(confirm).toContainText('1 Verbindung wird mit gelöscht.')
  await A.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expect(moved).toBeFocused()
  await A.keyboard.press('Delete')
  await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused()
  await A.keyboard.press('Tab')
  await A.keyboard.press('Enter')
  await expect(node(bert.page, 'Träger', 'Caritas Kalk')).toHaveCount(0)
  await expect(bert.page.getByRole('group', { name: /Kooperation/ })).toHaveCount(0)
})

test('the shortcut help opens with "?", lists the shortcuts, and Escape returns focus', async ({
  people,
}) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await joinByKeyboard(A, map.editUrl, 'Anna')
  await addByKeyboard(A, '2', 'Angebot / Einrichtung', 'Stadtteilbüro')
  await A.keyboard.press('?')
  const help = A.getByRole('dialog', { name: 'Tastenkürzel' })
  await expect(help).toBeVisible()
  await expect(
    help.getByRole('row', { name: /Eigene letzte Änderung rückgängig machen/ }),
  ).toBeVisible()
  await expect(help.getByRole('button', { name: 'Schließen' })).toBeFocused()
  // Focus stays inside the modal dialog.
  await A.keyboard.press('Tab')
  await expect(help.locator(':focus')).toHaveCount(1)
  await A.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(node(A, 'Angebot / Einrichtung', 'Stadtteilbüro')).toBeFocused()

  // The toolbar button opens it as well, and focus returns to the button.
  await A.getByRole('button', { name: 'Tastenkürzel' }).click()
  await expect(help).toBeVisible()
  await help.getByRole('button', { name: 'Schließen' }).click()
  await expect(help).toBeHidden()
  await expect(A.getByRole('button', { name: 'Tastenkürzel' })).toBeFocused()
})
