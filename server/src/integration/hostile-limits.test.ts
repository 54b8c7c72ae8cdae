import { afterEach, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addNode, readMap } from '../../../shared/src/index.ts'
import { CloseCodes } from '../limits/close-codes.ts'
import type { Limits } from '../limits/limits.ts'
import {
  type Client,
  connect,
  createMap,
  destroyAllClients,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { awarenessFrame, independentUpdate } from '../testing/hostile.ts'
import { authFrame, RawSocket, updateFrame } from '../testing/raw-socket.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'

/*
 * Each limit closes only the connection that broke it, with the code the client turns into a
 * message (limits/close-codes.ts), and leaves the map as it was (reliability notes S3, S7, S8).
 */

type Running = Awaited<ReturnType<typeof startServerInTempDir>>
const running: Running[] = []

async function serverWith(limits: Partial<Limits>) {
  const server = await startServerInTempDir({ limits })
  running.push(server)
  const map = await createMap(server.server.url)
  return { server, map }
}

afterEach(async () => {
  destroyAllClients()
  await Promise.all(running.splice(0).map((server) => server.dispose()))
})

const labels = (doc: Y.Doc) => readMap(doc).nodes.map((node) => node.label)

async function editorSocket(server: Running, mapId: string, token: string) {
  const socket = await RawSocket.open(server.collabUrl)
  expect(await socket.authenticate(mapId, token)).toMatchObject({ kind: 'authenticated' })
  return { socket, base: await socket.fetchDocument(mapId) }
}

async function labelsOnServer(server: Running, mapId: string, token: string) {
  const reader = await RawSocket.open(server.collabUrl)
  await reader.authenticate(mapId, token)
  const doc = await reader.fetchDocument(mapId)
  reader.close()
  return labels(doc)
}

it('a flood beyond the rate limit closes with 4429 and nothing sent after it is applied', async () => {
  const { server, map } = await serverWith({ messagesPerSecond: 1, messageBurst: 20 })
  const { socket, base } = await editorSocket(server, map.id, map.editToken)
  const frames = Array.from({ length: 300 }, (_, i) =>
    updateFrame(
      map.id,
      independentUpdate(base, (doc) => {
        addNode(doc, { kind: 'note', label: `flood ${i}`, position: { x: i, y: 0 } })
      }),
    ),
  )
  // The first five are confirmed one by one (so the test sees that these updates do apply) …
  for (const frame of frames.slice(0, 5)) expect(await socket.sendChange(frame)).toBe(true)
  // … the rest arrive at once. Those still queued when the limit hits are dropped as well.
  const started = performance.now()
  for (const frame of frames.slice(5)) socket.send(frame)

  expect(await socket.closed).toMatchObject(CloseCodes.rateLimited)
  const refilled = Math.ceil((performance.now() - started) / 1000)
  const stored = await labelsOnServer(server, map.id, map.editToken)
  const applied = stored
    .filter((label) => label.startsWith('flood '))
    .map((l) => Number(l.slice(6)))
  // The burst (20, two of which went to Auth and SyncStep1) plus one per second at most, and
  // only a prefix: no frame that arrived after the limit was applied.
  expect(applied.length).toBeGreaterThanOrEqual(5)
  expect(applied.length).toBeLessThanOrEqual(18 + refilled)
  expect(applied.sort((a, b) => a - b)).toEqual(applied.map((_, i) => i))
})

it('an update that would make the map too large closes with 4413, and the frames queued after it are dropped', async () => {
  const { server, map } = await serverWith({ maxDocumentBytes: 64 * 1024 })
  const { socket, base } = await editorSocket(server, map.id, map.editToken)
  const small = (label: string) =>
    updateFrame(
      map.id,
      independentUpdate(base, (doc) => {
        addNode(doc, { kind: 'note', label, position: { x: 0, y: 0 } })
      }),
    )
  const huge = updateFrame(
    map.id,
    independentUpdate(base, (doc) => {
      doc.getText('padding').insert(0, 'x'.repeat(100 * 1024))
    }),
  )
  // One tick: Hocuspocus has all three queued before it handles the first (PR #1123 case).
  socket.send(small('before the big one'))
  socket.send(huge)
  socket.send(small('after the big one'))

  expect(await socket.closed).toMatchObject(CloseCodes.tooLarge)
  const stored = await labelsOnServer(server, map.id, map.editToken)
  expect(stored).toContain('before the big one')
  expect(stored).not.toContain('after the big one')
  const reader = await RawSocket.open(server.collabUrl)
  await reader.authenticate(map.id, map.viewToken)
  expect((await reader.fetchDocument(map.id)).getText('padding').length).toBe(0)
  reader.close()
})

it('a too large or a crowded awareness update closes only its own connection', async () => {
  const { server, map } = await serverWith({ maxAwarenessStateBytes: 1024, maxAwarenessStates: 2 })
  const bystander = await connect(server.collabUrl, map.id, map.editToken)

  const big = await RawSocket.open(server.collabUrl)
  await big.authenticate(map.id, map.viewToken)
  big.send(awarenessFrame(map.id, [{ clientId: 7, state: { user: { name: 'x'.repeat(2000) } } }]))
  expect(await big.closed).toMatchObject(CloseCodes.tooLarge)

  const crowd = await RawSocket.open(server.collabUrl)
  await crowd.authenticate(map.id, map.editToken)
  const states = Array.from({ length: 50 }, (_, i) => ({ clientId: 100 + i, state: { i } }))
  crowd.send(awarenessFrame(map.id, states))
  expect(await crowd.closed).toMatchObject(CloseCodes.badMessage)

  // Neither reached the others, and the bystander still edits.
  const seen = [...(bystander.provider.awareness?.getStates().keys() ?? [])]
  expect(seen.filter((id) => id === 7 || (id >= 100 && id < 150))).toEqual([])
  addNode(bystander.doc, { kind: 'note', label: 'still here', position: { x: 0, y: 0 } })
  await waitUntilConfirmed(bystander)
})

it('a map with as many connections as allowed refuses the next with 4503, the others keep syncing', async () => {
  const { server, map } = await serverWith({ maxConnectionsPerMap: 3 })
  const clients: Client[] = []
  for (let i = 0; i < 3; i++) clients.push(await connect(server.collabUrl, map.id, map.editToken))
  const otherMap = await createMap(server.server.url)

  const fourth = await RawSocket.open(server.collabUrl)
  fourth.send(authFrame(map.id, map.editToken))
  expect(await fourth.closed).toMatchObject(CloseCodes.mapFull)
  // Another map is not full.
  const elsewhere = await connect(server.collabUrl, otherMap.id, otherMap.editToken)
  expect(elsewhere.provider.synced).toBe(true)

  const [first, second] = clients as [Client, Client, Client]
  addNode(first.doc, { kind: 'provider', label: 'AWO Ortsverein', position: { x: 1, y: 1 } })
  await waitFor('the change to reach a client that was already in', () =>
    labels(second.doc).includes('AWO Ortsverein'),
  )
  // A place that becomes free can be taken again.
  first.destroy()
  await waitFor('the freed place to be taken', () =>
    connect(server.collabUrl, map.id, map.viewToken).then(
      () => true,
      () => false,
    ),
  )
})
