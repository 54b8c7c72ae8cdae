import { afterEach, beforeEach, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addEdge,
  addNode,
  deleteNodes,
  type MapModel,
  moveNodes,
  type NodeId,
  readMap,
  renameNode,
  setEdgeStatus,
  setMapInfo,
  setNodeSector,
  setNodeThemes,
} from '../../../shared/src/index.ts'
import {
  connect,
  createMap,
  destroyAllClients,
  getMapInfo,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { SetWriter } from '../testing/set-writer.ts'
import { makeTempDir, type TempDir } from '../testing/temp-dir.ts'
import { spawnServer, startTestServer, type TestServer } from '../testing/test-server.ts'
import { waitFor, withDeadline } from '../testing/wait-for.ts'

/*
 * DESIGN.md §6 "Durability", graceful half: what the server confirmed is on disk after a
 * graceful stop, whether by `close()` or by SIGTERM to the real process.
 */

let dir: TempDir
let server: TestServer | undefined

beforeEach(() => {
  dir = makeTempDir()
})

afterEach(async () => {
  destroyAllClients()
  await server?.close()
  server = undefined
  dir.remove()
})

/** A small but complete map: every record type, several kinds of change, a deletion. */
function drawNeighbourhood(doc: Y.Doc): void {
  const caritas = addNode(doc, { kind: 'provider', label: 'Caritas', position: { x: 0, y: 0 } })
  const jugendzentrum = addNode(doc, {
    kind: 'service',
    label: 'Jugendzentrum',
    position: { x: 200, y: 0 },
    sector: 'youth',
    themes: ['education', 'participation'],
  })
  const jugendamt = addNode(doc, { kind: 'agency', label: 'Jugendamt', position: { x: 0, y: 9 } })
  const gone = addNode(doc, { kind: 'note', label: 'Entwurf', position: { x: 5, y: 5 } })
  addEdge(doc, { source: caritas, target: jugendzentrum, kind: 'operates' })
  const funding = addEdge(doc, { source: jugendamt, target: jugendzentrum, kind: 'funding' })
  addEdge(doc, { source: gone, target: caritas, kind: 'exchange' })
  if (funding) setEdgeStatus(doc, funding, 'planned')
  renameNode(doc, caritas, 'Caritasverband Köln')
  moveNodes(doc, [{ id: jugendamt, position: { x: -120.5, y: 340.25 } }])
  setNodeSector(doc, jugendamt, 'social')
  setNodeThemes(doc, caritas, ['income'])
  deleteNodes(doc, [gone])
  setMapInfo(doc, { title: 'Netzwerk Mülheim 2026', area: 'Köln-Mülheim' })
}

function expectCompleteMap(model: MapModel, expected: MapModel) {
  expect(model).toEqual(expected)
  // Guard against an empty expectation making the comparison pass trivially.
  expect(model.nodes.map((n) => n.label).sort()).toEqual([
    'Caritasverband Köln',
    'Jugendamt',
    'Jugendzentrum',
  ])
  expect(model.edges).toHaveLength(2)
  expect(model.meta.title).toBe('Netzwerk Mülheim 2026')
}

it('a gracefully closed server keeps every confirmed change, with the clients still connected', async () => {
  server = await startTestServer(dir.path)
  const map = await createMap(server.server.url, { title: 'Netzwerk Mülheim', area: 'Mülheim' })
  const alice = await connect(server.collabUrl, map.id, map.editToken)
  const bob = await connect(server.collabUrl, map.id, map.editToken)
  drawNeighbourhood(alice.doc)
  const extra = addNode(bob.doc, {
    kind: 'residentGroup',
    label: 'Mieterinitiative',
    position: { x: 1, y: 1 },
  })
  await waitUntilConfirmed(alice)
  await waitUntilConfirmed(bob)
  const expected = await waitForNode(alice.doc, extra)
  expect(expected.nodes).toHaveLength(4)

  await server.close()
  server = undefined
  destroyAllClients()

  server = await startTestServer(dir.path)
  const reader = await connect(server.collabUrl, map.id, map.editToken)
  const model = readMap(reader.doc)
  expect(model).toEqual(expected)
  expect(model.nodes.map((n) => n.label)).toContain('Mieterinitiative')
  const info = await getMapInfo(server.server.url, map.id, map.viewToken)
  expect(info.status).toBe(200)
  expect(await info.json()).toMatchObject({ id: map.id, role: 'view' })
})

it('a map survives several restarts and keeps growing', async () => {
  server = await startTestServer(dir.path)
  const map = await createMap(server.server.url, { title: 'Netzwerk Mülheim' })
  for (let round = 0; round < 3; round++) {
    const client = await connect(server.collabUrl, map.id, map.editToken)
    expect(readMap(client.doc).nodes).toHaveLength(round)
    addNode(client.doc, { kind: 'body', label: `Runde ${round}`, position: { x: round, y: 0 } })
    await waitUntilConfirmed(client)
    destroyAllClients()
    await server.close()
    server = await startTestServer(dir.path)
  }
  const reader = await connect(server.collabUrl, map.id, map.editToken)
  expect(readMap(reader.doc).nodes.map((n) => n.label)).toEqual(
    expect.arrayContaining(['Runde 0', 'Runde 1', 'Runde 2']),
  )
})

it('SIGTERM stops the real server promptly with exit code 0 and keeps everything', async () => {
  const spawned = await spawnServer(dir.path)
  let model: MapModel
  let mapId: string
  let editToken: string
  try {
    const map = await createMap(spawned.url, { title: 'Netzwerk Mülheim' })
    mapId = map.id
    editToken = map.editToken
    const client = await connect(spawned.collabUrl, map.id, map.editToken)
    drawNeighbourhood(client.doc)
    await waitUntilConfirmed(client)
    model = readMap(client.doc)
    // The client stays connected: shutdown must not wait for it to leave.
    const exit = await withDeadline(
      'the server to exit after SIGTERM',
      spawned.kill('SIGTERM'),
      8_000,
    )
    expect(exit, spawned.output()).toEqual({ code: 0, signal: null })
  } finally {
    destroyAllClients()
    await spawned.kill('SIGKILL')
  }

  server = await startTestServer(dir.path)
  const reader = await connect(server.collabUrl, mapId, editToken)
  expectCompleteMap(readMap(reader.doc), model)
})

it('SIGTERM while clients are writing keeps every confirmed edit and still exits 0 promptly', async () => {
  const spawned = await spawnServer(dir.path)
  let confirmed: string[] = []
  let map: Awaited<ReturnType<typeof createMap>>
  try {
    map = await createMap(spawned.url, { title: 'Netzwerk unter Last' })
    const writers: SetWriter[] = []
    for (let c = 0; c < 3; c++) {
      const client = await connect(spawned.collabUrl, map.id, map.editToken)
      writers.push(new SetWriter(client, `term-c${c}`))
    }
    await waitFor('the writers to get going', () => writers.every((w) => w.confirmed.size >= 20))
    const exit = await withDeadline(
      'the server to exit after SIGTERM',
      spawned.kill('SIGTERM'),
      8_000,
    )
    for (const writer of writers) writer.stop()
    await Promise.all(writers.map((w) => w.done))
    expect(exit, spawned.output()).toEqual({ code: 0, signal: null })
    confirmed = writers.flatMap((w) => [...w.confirmed])
  } finally {
    destroyAllClients()
    await spawned.kill('SIGKILL')
  }

  server = await startTestServer(dir.path)
  const reader = await connect(server.collabUrl, map.id, map.editToken)
  const labels = new Set(readMap(reader.doc).nodes.map((n) => n.label))
  expect(confirmed.length).toBeGreaterThanOrEqual(60)
  expect(confirmed.filter((label) => !labels.has(label))).toEqual([])
})

/** Resolves with the model of `doc` once it contains node `id`. */
function waitForNode(doc: Y.Doc, id: NodeId): Promise<MapModel> {
  return waitFor(`node ${id} to arrive`, () => {
    const model = readMap(doc)
    return model.nodes.some((n) => n.id === id) && model
  })
}
