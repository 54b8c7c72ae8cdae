import { expect, test } from './fixtures.ts'
import { createMap, joinAs } from './helpers.ts'

/** Everything a tool or panel offers must be reachable on a 1280 × 720 laptop without scrolling. */
test.use({ viewport: { width: 1280, height: 720 } })

test('on a 1280 × 720 laptop every tool is in view and the participant panel keeps its buttons inside', async ({
  page,
}) => {
  const map = await createMap(page)
  await joinAs(page, map.editUrl, 'Anna')
  const toolbar = page.getByRole('navigation', { name: 'Werkzeuge' })
  const fits = await toolbar.evaluate((el) => el.scrollHeight <= el.clientHeight)
  expect(fits).toBe(true)
  for (const name of ['Rückgängig', 'Wiederholen']) {
    await expect(toolbar.getByRole('button', { name })).toBeInViewport({ ratio: 1 })
  }

  const panel = page.getByRole('region', { name: /Gerade dabei/ })
  const box = await panel.boundingBox()
  const link = await panel.getByRole('button', { name: 'Namen ändern' }).boundingBox()
  if (!box || !link) throw new Error('panel not laid out')
  expect(link.x + link.width).toBeLessThanOrEqual(box.x + box.width)
})
