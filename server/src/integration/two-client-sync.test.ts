import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addEdge,
  addNode,
  deleteEdges,
  deleteNodes,
  type EdgeId,
  edgesMap,
  findDanglingEdges,
  moveNodes,
  type NodeId,
  readEdge,
  readMap,
  readNode,
  renameNode,
  setMapInfo,
} from '../../../shared/src/index.ts'
import {
  type Client,
  type CreatedMap,
  connect,
  createMap,
  destroyAllClients,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'

/* Two people editing one map through the real server: every change reaches the other. */

let server: Awaited<ReturnType<typeof startServerInTempDir>>
let map: CreatedMap
let alice: Client
let bob: Client

beforeAll(async () => {
  server = await startServerInTempDir()
})

afterAll(async () => {
  await server?.dispose()
})

beforeEach(async () => {
  map = await createMap(server.server.url, { title: 'Netzwerk Neukölln', area: 'Schillerkiez' })
  alice = await connect(server.collabUrl, map.id, map.editToken)
  bob = await connect(server.collabUrl, map.id, map.editToken)
})

afterEach(() => {
  destroyAllClients()
})

const serverDoc = (): Y.Doc => {
  const doc = server.server.hocuspocus.documents.get(map.id)
  if (!doc) throw new Error(`map ${map.id} is not loaded on the server`)
  return doc
}

const node = (label: string, x = 0, y = 0) => ({
  kind: 'service' as const,
  label,
  position: { x, y },
})

it('a node added, renamed, moved and deleted by one appears so for the other', async () => {
  const id = addNode(alice.doc, node('Stadtteilmütter', 10, 20))
  await waitFor('bob to see the new node', () => readNode(bob.doc, id)?.label === 'Stadtteilmütter')

  renameNode(bob.doc, id, 'Stadtteilmütter Neukölln')
  await waitFor(
    'alice to see the new name',
    () => readNode(alice.doc, id)?.label === 'Stadtteilmütter Neukölln',
  )

  moveNodes(alice.doc, [{ id, position: { x: -42.5, y: 300 } }])
  await waitFor('bob to see the move', () => {
    const position = readNode(bob.doc, id)?.position
    return position?.x === -42.5 && position.y === 300
  })

  deleteNodes(bob.doc, [id])
  await waitFor('alice to lose the node', () => readNode(alice.doc, id) === null)
  expect(readNode(serverDoc(), id)).toBeNull()
})

it('links added and deleted by one appear so for the other', async () => {
  const a = addNode(alice.doc, node('Quartiersmanagement'))
  const b = addNode(alice.doc, node('Grundschule', 100))
  const edge = addEdge(alice.doc, { source: a, target: b, kind: 'cooperation' })
  expect(edge).not.toBeNull()
  const edgeId = edge as EdgeId
  await waitFor('bob to see the link', () => readEdge(bob.doc, edgeId)?.kind === 'cooperation')

  deleteEdges(bob.doc, [edgeId])
  await waitFor('alice to lose the link', () => !edgesMap(alice.doc).has(edgeId))
  expect(readMap(alice.doc).nodes).toHaveLength(2)
})

it('the map title changed by one appears for the other', async () => {
  setMapInfo(bob.doc, { title: 'Netzwerk Neukölln-Nord' })
  await waitFor('alice to see the title', () =>
    readMap(alice.doc).meta.title === 'Netzwerk Neukölln-Nord' ? true : undefined,
  )
})

it('deleting a node removes its links for both', async () => {
  const ids = ['Jugendamt', 'Kita Sonnenschein', 'Familienzentrum'].map((label, i) =>
    addNode(alice.doc, node(label, i * 100)),
  ) as [NodeId, NodeId, NodeId]
  addEdge(alice.doc, { source: ids[0], target: ids[1], kind: 'funding' })
  addEdge(alice.doc, { source: ids[1], target: ids[2], kind: 'exchange' })
  const kept = addEdge(alice.doc, { source: ids[0], target: ids[2], kind: 'referral' })
  await waitFor('bob to see three links', () => edgesMap(bob.doc).size === 3)

  deleteNodes(bob.doc, [ids[1]])
  // Raw maps, not readMap: readMap would hide a dangling link that is still stored.
  await waitFor(
    'alice to keep only the untouched link',
    () => edgesMap(alice.doc).size === 1 && edgesMap(alice.doc).has(kept as string),
  )
  expect([...edgesMap(bob.doc).keys()]).toEqual([kept])
  expect([...edgesMap(serverDoc()).keys()]).toEqual([kept])
})

it('a link drawn to a node deleted at the same moment is removed by the server', async () => {
  const a = addNode(alice.doc, node('Bürgerverein'))
  const b = addNode(alice.doc, node('Kiezladen', 100))
  await waitFor('bob to see both nodes', () => readNode(bob.doc, a) && readNode(bob.doc, b))
  await waitUntilConfirmed(alice)

  const arrived = new Set<string>()
  edgesMap(serverDoc()).observe((event) => {
    for (const [key, change] of event.changes.keys) if (change.action === 'add') arrived.add(key)
  })

  // Both in one synchronous block: neither has seen the other's change when it makes its own.
  deleteNodes(alice.doc, [a])
  const edge = addEdge(bob.doc, { source: a, target: b, kind: 'cooperation' })
  expect(edge).not.toBeNull()
  const edgeId = edge as EdgeId

  await waitUntilConfirmed(alice)
  await waitUntilConfirmed(bob)
  // The link did reach the server, so its absence below is the server's doing.
  await waitFor('the link to reach the server', () => arrived.has(edgeId))
  for (const [who, doc] of [
    ['server', serverDoc()],
    ['alice', alice.doc],
    ['bob', bob.doc],
  ] as const) {
    await waitFor(
      `${who} to hold no dangling link`,
      () => findDanglingEdges(doc).length === 0 && !edgesMap(doc).has(edgeId),
    )
  }
  expect(readNode(serverDoc(), b)?.label).toBe('Kiezladen')
})
