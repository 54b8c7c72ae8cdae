import { expect, test } from '@playwright/test'

// The English texts are a chunk of their own (client/src/i18n/index.ts): German users never
// download them, a switch loads them first, and a reload after choosing English starts in
// English without showing German first.
test('English texts load on demand and a chosen English survives a reload', async ({ page }) => {
  const english: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/en-[^/]*\.js$/.test(new URL(request.url()).pathname)) english.push(request.url())
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Neue Karte' })).toBeVisible()
  expect(english).toEqual([])

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(english).toHaveLength(1)

  // Every frame after the reload is English: German must not flash first.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { seenHeadings: string[] }).seenHeadings = seen
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1, h2')) seen.push(h.textContent ?? '')
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const seen = await page.evaluate(
    () => (window as unknown as { seenHeadings: string[] }).seenHeadings,
  )
  expect(seen).not.toContain('Neue Karte')
})
