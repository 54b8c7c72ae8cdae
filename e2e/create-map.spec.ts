import { expect, test } from './fixtures.ts'

test('a new map gets an edit and a view link, both can be copied, and the map opens', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Neue Karte' })).toBeVisible()
  await page.getByLabel('Titel').fill('Stadtteilkonferenz Kalk')
  await page.getByLabel('Sozialraum').fill('Köln-Kalk')
  await page.getByRole('button', { name: 'Karte anlegen' }).click()

  await expect(page.getByRole('heading', { name: 'Ihre Karte ist angelegt' })).toBeVisible()
  const editLink = page.getByLabel('Link zum Bearbeiten', { exact: true })
  const viewLink = page.getByLabel('Link zum Ansehen', { exact: true })
  await expect(editLink).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/m\/[\w-]{22}#t=[\w-]+$/)
  await expect(viewLink).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/m\/[\w-]{22}#t=[\w-]+$/)
  const editUrl = await editLink.inputValue()
  const viewUrl = await viewLink.inputValue()
  expect(viewUrl).not.toBe(editUrl)

  await page.getByRole('button', { name: 'Link zum Bearbeiten kopieren' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'kopiert' })).toHaveCount(1)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(editUrl)
  await page.getByRole('button', { name: 'Link zum Ansehen kopieren' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'kopiert' })).toHaveCount(2)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(viewUrl)

  await page.getByRole('button', { name: 'Karte öffnen' }).click()
  await expect(page).toHaveURL(editUrl)
  const dialog = page.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' })
  await dialog.getByLabel('Ihr Name').fill('Aylin')
  await dialog.getByRole('button', { name: 'Weiter' }).click()
  await expect(page.getByRole('heading', { name: 'Stadtteilkonferenz Kalk' })).toBeVisible()
  await expect(page.getByText('Sozialraum: Köln-Kalk')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Träger hinzufügen' })).toBeEnabled()
})

test('the start page asks for a title before it creates anything', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Karte anlegen' }).click()
  await expect(page.getByRole('alert')).toHaveText('Bitte geben Sie einen Titel ein.')
  await expect(page.getByRole('heading', { name: 'Ihre Karte ist angelegt' })).toHaveCount(0)
})

test('a wrong link shows a clear German page with a way back to the start page', async ({
  page,
}) => {
  await page.goto('/m/AAAAAAAAAAAAAAAAAAAAAA#t=falsch')
  await expect(
    page.getByRole('heading', { name: 'Diese Karte ist nicht erreichbar' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('Link')
  await page.getByRole('link', { name: 'Zur Startseite' }).click()
  await expect(page.getByRole('heading', { name: 'Neue Karte' })).toBeVisible()
})

test('the language switch turns the interface to English and sets the page language', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('button', { name: 'Deutsch' }).click()
  await expect(page.getByRole('heading', { name: 'Neue Karte' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
})
