import { expect, test } from './fixtures.ts'
import { node } from './helpers.ts'

/*
 * Opening a map link draws the map from its state over HTTP (GET /api/maps/:id/state) while the
 * live connection is still being set up, and the connection then joins that state.
 */

test('a map link shows the map before its live connection is up, then goes live', async ({
  page,
}) => {
  const response = await page.request.post('/api/maps', {
    data: { title: 'Musterviertel', sample: 'musterviertel' },
  })
  const map = (await response.json()) as { editUrl: string }
  await page.addInitScript(() => localStorage.setItem('quartiersnetz.displayName', 'Anna'))
  // Hold the WebSocket: the browser thinks it is connecting, nothing reaches the server.
  let release: (() => void) | undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.routeWebSocket(/\/collab/, async (ws) => {
    await held
    ws.connectToServer()
  })
  const stateRequests: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('/state')) stateRequests.push(r.headers().authorization ?? '')
  })

  await page.goto(map.editUrl)
  await expect(node(page, 'Fachamt / Verwaltung', 'Jugendamt')).toBeVisible()
  await expect(node(page, 'Träger', 'Caritasverband')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'verbinde' })).toBeVisible()
  // Asked once, with the link's token in the header (never in the URL).
  expect(stateRequests).toHaveLength(1)
  expect(stateRequests[0]).toMatch(/^Bearer \S+$/)

  release?.()
  await expect(page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
  await expect(node(page, 'Träger', 'Caritasverband')).toBeVisible()
})
