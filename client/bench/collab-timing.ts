/*
 * `node client/bench/collab-timing.ts`: where the time goes between opening the WebSocket and
 * the first map data for the 1 000-node benchmark map, from a Node client (no browser): socket
 * open, authenticated, synced, for a cold (first) and warm (later) visits. Diagnosis aid for the
 * browser's first render (timeline.ts shows the same phases from the browser's side).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { quietLogger } from '../../server/src/app/logger.ts'
import { startServer } from '../../server/src/app/start-server.ts'
import { storeLargeMap } from './fixtures.ts'

const work = mkdtempSync(join(tmpdir(), 'qn-collab-timing-'))
const dataDir = join(work, 'data')
mkdirSync(dataDir)
const map = await storeLargeMap(dataDir, { nodes: 1000, edges: 1500 })
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, logger: quietLogger })
const wsUrl = `${server.url.replace('http', 'ws')}/collab?map=${map.id}`

async function visit(label: string, keepOpen: HocuspocusProvider[]) {
  const t0 = performance.now()
  const marks: string[] = []
  const mark = (what: string) => marks.push(`${what} ${(performance.now() - t0).toFixed(1)}`)
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl })
  socket.on('open', () => mark('open'))
  let firstMessage = true
  socket.on('message', () => {
    if (firstMessage) mark('first message')
    firstMessage = false
  })
  const infoStart = performance.now()
  const info = fetch(`${server.url}/api/maps/${map.id}`, {
    headers: { authorization: `Bearer ${map.editToken}` },
  }).then(async (r) => {
    await r.json()
    marks.push(`info ${(performance.now() - infoStart).toFixed(1)}`)
  })
  const timer = setTimeout(() => console.log(label, 'stuck', marks), 5000)
  await new Promise<void>((resolve) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: map.id,
      token: map.editToken,
      document: doc,
      onAuthenticated: () => mark('authenticated'),
      onSynced: () => {
        mark('synced')
        clearTimeout(timer)
        keepOpen.push(provider)
        resolve()
      },
    })
    // Like the browser: a named participant (awareness) from the start.
    provider.setAwarenessField('user', { name: 'Benchmark', color: '#1f77b4' })
    // With a socket of its own making the provider would attach itself; here it must be told.
    provider.attach()
  })
  await info
  console.log(`${label}: ${marks.join(', ')} (ms)`)
}

const open: HocuspocusProvider[] = []
try {
  await visit('cold (map loaded from storage)', [])
  for (const p of open.splice(0)) p.destroy()
  await visit('again, other clients just closed', open)
  for (const p of open.splice(0)) p.destroy()
  await new Promise((resolve) => setTimeout(resolve, 3000))
  await visit('again, 3 s after the last client closed', open)
  await visit('again, map open elsewhere', open)
  await visit('again, map open elsewhere', open)
  // As in the browser benchmark: a visit moves a node, leaves, and the next visit comes at once.
  for (const p of open) {
    const first = p.document.getMap('nodes').keys().next().value as string
    const node = p.document.getMap('nodes').get(first) as Y.Map<unknown>
    node.set('position', { x: 1, y: 2 })
  }
  await new Promise((resolve) => setTimeout(resolve, 300))
  for (const p of open.splice(0)) p.destroy()
  await visit('again, right after a client edited and left', open)
  // The same without a pause: the edit still being saved while the client leaves.
  for (const p of open) {
    const first = p.document.getMap('nodes').keys().next().value as string
    const node = p.document.getMap('nodes').get(first) as Y.Map<unknown>
    node.set('position', { x: 3, y: 4 })
  }
  for (const p of open.splice(0)) p.destroy()
  await visit('again, while the last client left mid-edit', open)
} finally {
  for (const p of open) p.destroy()
  await server.close()
  rmSync(work, { recursive: true, force: true })
}
// The provider's reconnect timers would keep Node alive.
process.exit(0)
