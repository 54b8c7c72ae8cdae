import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { addNode, type NodeId, readMap } from '../../../shared/src/index.ts'
import {
  type Client,
  type CreatedMap,
  connect,
  createMap,
  destroyAllClients,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { mutate, rawFrame, seededRandom } from '../testing/frame-mutations.ts'
import { awarenessFrame } from '../testing/hostile.ts'
import {
  authFrame,
  type Frame,
  MessageType,
  RawSocket,
  syncStep1Frame,
  syncStep2Frame,
  updateFrame,
} from '../testing/raw-socket.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor, withDeadline } from '../testing/wait-for.ts'

/*
 * Reliability notes S1 (bounded for a unit run): seeded mutations of valid frames, before and
 * after authentication, with edit and view tokens, plus hand-made hostile Yjs updates (yjs
 * #687/#479 patterns). The server stays up, only the sending socket closes, another map keeps
 * syncing, and the map keeps what it had.
 */

const SEED = 20_261_121
const MAX_MESSAGE_BYTES = 64 * 1024

let server: Awaited<ReturnType<typeof startServerInTempDir>>
let map: CreatedMap
let otherMap: CreatedMap
let owner: Client
let bystander: Client
let otherA: Client
let otherB: Client
let bystanderClosed = false

beforeAll(async () => {
  // Hocuspocus reports every refused frame on the console; thousands of lines help nobody.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  server = await startServerInTempDir({ maxMessageBytes: MAX_MESSAGE_BYTES })
  map = await createMap(server.server.url)
  otherMap = await createMap(server.server.url)
  owner = await connect(server.collabUrl, map.id, map.editToken)
  addNode(owner.doc, { kind: 'provider', label: 'Caritas Nippes', position: { x: 1, y: 2 } })
  addNode(owner.doc, { kind: 'service', label: 'Jugendzentrum', position: { x: 3, y: 4 } })
  await waitUntilConfirmed(owner)
  bystander = await connect(server.collabUrl, map.id, map.viewToken)
  bystander.provider.on('close', () => {
    bystanderClosed = true
  })
  otherA = await connect(server.collabUrl, otherMap.id, otherMap.editToken)
  otherB = await connect(server.collabUrl, otherMap.id, otherMap.viewToken)
})

afterAll(async () => {
  destroyAllClients()
  await server.dispose()
  vi.restoreAllMocks()
})

/** The map as a fresh reader sees it, straight from the server. */
async function modelOnServer(target: CreatedMap) {
  const reader = await RawSocket.open(server.collabUrl)
  await reader.authenticate(target.id, target.viewToken)
  const doc = await reader.fetchDocument(target.id)
  reader.close()
  return readMap(doc)
}

let otherEdits = 0
/** An edit on the other map reaches its second client. */
async function otherMapStillSyncs() {
  const label = `Andere Karte ${++otherEdits}`
  addNode(otherA.doc, { kind: 'note', label, position: { x: otherEdits, y: 0 } })
  await waitFor(`"${label}" to reach the other map's viewer`, () =>
    readMap(otherB.doc).nodes.some((node) => node.label === label),
  )
}

/** Valid frames of every kind a provider sends, made with a fixed Yjs client id. */
function seedFrames(
  base: Y.Doc,
  authToken: string,
): { frames: Uint8Array[]; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  doc.clientID = 4242
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(doc)
  addNode(
    doc,
    { kind: 'note', label: 'Fuzz', position: { x: 9, y: 9 } },
    undefined,
    'fuzz-node' as NodeId,
  )
  const update = Y.encodeStateAsUpdate(doc, before)
  const before2 = Y.encodeStateVector(doc)
  doc.getMap('nodes').delete('fuzz-node')
  const deletion = Y.encodeStateAsUpdate(doc, before2)
  const frames = [
    authFrame(map.id, authToken),
    syncStep1Frame(map.id, doc),
    updateFrame(map.id, update),
    syncStep2Frame(map.id, update),
    awarenessFrame(map.id, [{ clientId: 4242, state: { user: { name: 'Fuzz' } } }]),
    rawFrame(map.id, MessageType.Stateless, Uint8Array.from([4, 0x7b, 0x7d, 0x20, 0x20])),
    rawFrame(map.id, MessageType.QueryAwareness, new Uint8Array(0)),
  ]
  return { frames, updates: [update, deletion, Y.encodeStateAsUpdate(doc)] }
}

/** A token of the right shape that opens nothing. */
const WRONG_TOKEN = 'x'.repeat(43)

/**
 * Sends `frames` on a new socket (after authenticating with `token`, if given), then a barrier
 * the server always answers — a denial before auth, a SyncStep2 or a document Close after —
 * and resolves when it did, or when the server closed the socket.
 */
async function sendBatch(frames: readonly (Uint8Array | string)[], token?: string) {
  const socket = await RawSocket.open(server.collabUrl)
  if (token) await socket.authenticate(map.id, token)
  const before = socket.frames.length
  const raw = (socket as unknown as { socket: { send(data: unknown): void } }).socket
  for (const frame of frames) {
    if (!socket.isOpen) break
    raw.send(frame)
  }
  if (socket.isOpen) {
    socket.send(token ? syncStep1Frame(map.id, new Y.Doc()) : authFrame(map.id, WRONG_TOKEN))
  }
  const isBarrierAnswer = (f: Frame) =>
    socket.frames.indexOf(f) >= before &&
    (token ? f.sync?.step === 1 || f.type === MessageType.Close : f.auth !== undefined)
  await withDeadline(
    'the server to answer or close after a batch',
    Promise.race([
      socket.closed,
      socket.nextFrame('the barrier answer', isBarrierAnswer, 3_000).catch(() => undefined),
    ]),
    5_000,
  )
  socket.close()
}

async function fuzzPhase(name: string, token: string | undefined, batches: number, seed: number) {
  const random = seededRandom(seed)
  const base = new Y.Doc()
  Y.applyUpdate(base, Y.encodeStateAsUpdate(owner.doc))
  // Before auth, the Auth seed carries a wrong token: a mutation must not open the map by luck.
  const { frames: seeds, updates } = seedFrames(base, token ?? WRONG_TOKEN)
  for (let batch = 0; batch < batches; batch++) {
    // Small batches: the first bad frame closes the socket, so the frames behind it are not seen.
    const frames = Array.from({ length: 6 }, () => mutate(seeds, updates, map.id, random))
    await sendBatch(frames, token)
    if (batch % 25 === 24) await otherMapStillSyncs()
  }
  const health = await fetch(`${server.server.url}/api/health`)
  expect(health.status, `server health after the ${name} phase`).toBe(200)
}

const originalNodes = () =>
  readMap(owner.doc)
    .nodes.filter((n) => n.label === 'Caritas Nippes' || n.label === 'Jugendzentrum')
    .map(({ id, label, kind, position }) => ({ id, label, kind, position }))

it('mutated frames before authentication change nothing and close only their socket', async () => {
  const before = await modelOnServer(map)
  await fuzzPhase('pre-auth', undefined, 150, SEED)
  expect(await modelOnServer(map)).toEqual(before)
  await otherMapStillSyncs()
  expect(bystanderClosed).toBe(false)
}, 30_000)

it('mutated frames from a view token change nothing and close only their socket', async () => {
  const before = await modelOnServer(map)
  await fuzzPhase('view', map.viewToken, 150, SEED + 1)
  expect(await modelOnServer(map)).toEqual(before)
  await otherMapStillSyncs()
  expect(bystanderClosed).toBe(false)
}, 30_000)

it('mutated frames from an edit token keep the map valid and lose nothing it had', async () => {
  const kept = originalNodes()
  expect(kept).toHaveLength(2)
  await fuzzPhase('edit', map.editToken, 150, SEED + 2)
  const after = await modelOnServer(map)
  for (const node of kept) expect(after.nodes).toContainEqual(expect.objectContaining(node))
  // What the server holds is what every client converges to.
  await waitFor('the bystander to hold what the server holds', async () => {
    expect(readMap(bystander.doc)).toEqual(await modelOnServer(map))
    return true
  })
  await otherMapStillSyncs()
  expect(bystanderClosed).toBe(false)
}, 30_000)

/** Hand-made V1 updates after yjs #687 / #479: huge declared counts and lengths, 0xFF runs. */
const hostileUpdates: Record<string, string> = {
  'mergeUpdatesV2 payload of #687 sent as V1':
    '00010000000001000100010200001602000001fdffffffff7f0000',
  'four billion clients declared': 'ffffffff0f',
  'four billion structs declared': '01ffffffff0f050000',
  'a GC struct four billion long': '010109000 0ffffffff0f00',
  'a skip struct four billion long': '0102090 00affffffff0f00ffffffff0f00',
  'ContentAny with four billion entries': '01010900280105 6e6f646573 0178 ffffffff0f00',
  'ContentDeleted of 2^48': '01010900210105 6e6f646573 0178 ffffffffffff3f00',
  'a delete set of four billion clients': '00ffffffff0f',
  'a delete set with four billion ranges': '000105ffffffff0f0001',
  'a 0xFF varint run': 'ff'.repeat(64),
}

it('hostile Yjs updates from an edit token neither hang the server nor change the map', async () => {
  const before = await modelOnServer(map)
  for (const [name, hex] of Object.entries(hostileUpdates)) {
    const update = Uint8Array.from(Buffer.from(hex.replaceAll(' ', ''), 'hex'))
    for (const frame of [updateFrame(map.id, update), syncStep2Frame(map.id, update)]) {
      const started = performance.now()
      await sendBatch([frame], map.editToken)
      expect(performance.now() - started, `time to handle "${name}"`).toBeLessThan(2_000)
    }
  }
  expect((await modelOnServer(map)).nodes).toEqual(before.nodes)
  await otherMapStillSyncs()
  expect(bystanderClosed).toBe(false)
}, 30_000)

it('a frame above MAX_MESSAGE_BYTES closes its socket with 1009, before and after auth', async () => {
  for (const token of [undefined, map.editToken]) {
    const socket = await RawSocket.open(server.collabUrl)
    if (token) await socket.authenticate(map.id, token)
    socket.send(updateFrame(map.id, new Uint8Array(MAX_MESSAGE_BYTES + 1)))
    expect((await socket.closed).code).toBe(1009)
  }
  const rejected = await server.server.metrics.rejected.get()
  expect(rejected.values).toContainEqual(
    expect.objectContaining({ labels: { reason: 'message-too-big' }, value: 2 }),
  )
  await otherMapStillSyncs()
})

it('the fuzz reached both the limits and Hocuspocus (it tested something)', async () => {
  const rejected = await server.server.metrics.rejected.get()
  const byReason = Object.fromEntries(rejected.values.map((v) => [v.labels.reason, v.value]))
  expect(byReason['bad-message']).toBeGreaterThan(200)
  const updates = await server.server.metrics.updatesReceived.get()
  expect(updates.values[0]?.value).toBeGreaterThan(200)
})
