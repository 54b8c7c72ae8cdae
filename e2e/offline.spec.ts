import { expect, type Page, test, type WebSocketRoute } from '@playwright/test'
import { addNode, createMap, joinAs, newUser, node } from './helpers.ts'
import { localCopyText, offlineBadge } from './local-copy.ts'

// The socket URL carries `?map=` for reverse proxies.
const COLLAB = /\/collab(\?|$)/

interface Switch {
  offline: boolean
  /** Every frame the page sent towards the server, as text (Yjs stores strings as UTF-8). */
  readonly sent: string[]
  readonly cut: () => Promise<void>
}

/** Routes the page's sockets through a switch, recording what the page sends. */
async function switchable(page: Page): Promise<Switch> {
  const sockets: WebSocketRoute[] = []
  const sw: Switch = {
    offline: false,
    sent: [],
    cut: async () => {
      sw.offline = true
      for (const ws of sockets.splice(0)) await ws.close()
    },
  }
  await page.routeWebSocket(COLLAB, (ws) => {
    if (sw.offline) return void ws.close()
    const server = ws.connectToServer()
    ws.onMessage((message) => {
      sw.sent.push(typeof message === 'string' ? message : message.toString('utf8'))
      server.send(message)
    })
    sockets.push(ws)
  })
  return sw
}

const databaseNames = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''))

test('edits made offline are announced as pending and reach the others after reconnecting', async ({
  browser,
}) => {
  const anna = await newUser(browser)
  const bert = await newUser(browser)
  const map = await createMap(anna.page)
  // Anna's socket goes through a switchable route, so the test can cut her connection.
  let offline = false
  const sockets: WebSocketRoute[] = []
  await anna.page.routeWebSocket(COLLAB, (ws) => {
    if (offline) return void ws.close()
    ws.connectToServer()
    sockets.push(ws)
  })
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')

  offline = true
  for (const ws of sockets) await ws.close()
  await expect(
    anna.page.getByRole('status').filter({ hasText: 'offline — Änderungen werden nachgereicht' }),
  ).toBeVisible()
  await addNode(anna.page, 'Träger', 'Diakonie')
  await expect(node(bert.page, 'Träger', 'Diakonie')).toHaveCount(0)

  offline = false
  await expect(anna.page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible({
    timeout: 40_000,
  })
  await expect(node(bert.page, 'Träger', 'Diakonie')).toBeVisible()
  await anna.context.close()
  await bert.context.close()
})

test('an edit made offline survives a reload without network and reaches the others later', async ({
  browser,
}) => {
  const anna = await newUser(browser)
  const bert = await newUser(browser)
  const map = await createMap(anna.page)
  const net = await switchable(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')

  await net.cut()
  await expect(offlineBadge(anna.page)).toBeVisible()
  await addNode(anna.page, 'Träger', 'Nachbarschaftscafé')
  await expect(offlineBadge(anna.page)).toContainText('ausstehend')
  // Stored in this browser before the reload (no fixed wait: the write is watched).
  await expect.poll(() => localCopyText(anna.page, map.id)).toContain('Nachbarschaftscafé')

  await anna.page.reload()
  await expect(node(anna.page, 'Träger', 'Nachbarschaftscafé')).toBeVisible()
  await expect(offlineBadge(anna.page)).toBeVisible()
  await expect(node(bert.page, 'Träger', 'Nachbarschaftscafé')).toHaveCount(0)

  net.offline = false
  await expect(anna.page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible({
    timeout: 40_000,
  })
  await expect(node(bert.page, 'Träger', 'Nachbarschaftscafé')).toBeVisible()
  await anna.context.close()
  await bert.context.close()
})

interface CreatedMap {
  readonly id: string
  readonly editUrl: string
  readonly facilitatorUrl: string
}

async function deleteMap(page: Page, map: CreatedMap): Promise<void> {
  const token = new URL(map.facilitatorUrl).hash.replace('#t=', '')
  const response = await page.request.delete(`/api/maps/${map.id}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(response.ok()).toBe(true)
}

test('a deleted map is announced and its local copy removed from the browser', async ({
  browser,
}) => {
  const anna = await newUser(browser)
  const map = (await createMap(anna.page)) as unknown as CreatedMap
  await joinAs(anna.page, map.editUrl, 'Anna')
  await addNode(anna.page, 'Träger', 'Caritas')
  await expect.poll(() => localCopyText(anna.page, map.id)).toContain('Caritas')

  await deleteMap(anna.page, map)
  await expect(anna.page.getByRole('alert')).toContainText('Die Karte wurde gelöscht')
  await expect.poll(() => databaseNames(anna.page)).not.toContain(`quartiersnetz-map-${map.id}`)
  await anna.context.close()
})

test('a copy with offline edits of a map deleted meanwhile is refused and never uploaded', async ({
  browser,
}) => {
  const anna = await newUser(browser)
  const map = (await createMap(anna.page)) as unknown as CreatedMap
  const net = await switchable(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')

  await net.cut()
  await expect(offlineBadge(anna.page)).toBeVisible()
  await addNode(anna.page, 'Träger', 'Geheimer Träger')
  await expect.poll(() => localCopyText(anna.page, map.id)).toContain('Geheimer Träger')
  await deleteMap(anna.page, map)

  const sentBefore = net.sent.length
  net.offline = false
  await expect(anna.page.getByText('Der Server hat den Zugang abgelehnt')).toBeVisible({
    timeout: 40_000,
  })
  await expect.poll(() => databaseNames(anna.page)).not.toContain(`quartiersnetz-map-${map.id}`)
  // The reconnect did talk to the server (it was refused), but the offline edit never went out.
  expect(net.sent.length).toBeGreaterThan(sentBefore)
  expect(net.sent.join('\n')).not.toContain('Geheimer Träger')
  await anna.context.close()
})

test('forgetting a map on the start page deletes its local copy', async ({ browser }) => {
  const anna = await newUser(browser)
  const map = await createMap(anna.page, 'Netzwerk Porz')
  await joinAs(anna.page, map.editUrl, 'Anna')
  await addNode(anna.page, 'Träger', 'AWO')
  await expect.poll(() => localCopyText(anna.page, map.id)).toContain('AWO')

  await anna.page.goto('/')
  await expect(anna.page.getByText(/bleibt jede geöffnete Karte als lokale Kopie/)).toBeVisible()
  await anna.page
    .getByRole('button', {
      name: '„Netzwerk Porz“ aus der Liste entfernen und lokale Kopie löschen',
    })
    .click()
  await expect.poll(() => databaseNames(anna.page)).not.toContain(`quartiersnetz-map-${map.id}`)
  await anna.context.close()
})
