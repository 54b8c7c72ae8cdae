import { afterEach, beforeEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNode,
  deleteNodes,
  type NodeId,
  nodesMap,
  readMap,
  renameNode,
  setMapInfo,
} from '../../../shared/src/index.ts'
import {
  type Client,
  type CreatedMap,
  connect,
  createMap,
  destroyAllClients,
  recordFrames,
  roundTrip,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { MessageType, RawSocket, syncStep2Frame, updateFrame } from '../testing/raw-socket.ts'
import { storageMentions } from '../testing/storage-probe.ts'
import { makeTempDir, type TempDir } from '../testing/temp-dir.ts'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'

/*
 * A view token gives a read-only connection (stack-facts §1.5). The provider still applies its
 * own local writes, so the server must drop them — also when a hand-made client sends raw
 * Update and SyncStep2 frames (reliability notes S6).
 */

let dir: TempDir
let server: TestServer
let map: CreatedMap
let owner: Client
let ownerNode: NodeId

beforeEach(async () => {
  dir = makeTempDir()
  server = await startTestServer(dir.path)
  map = await createMap(server.server.url, { title: 'Netzwerk Chorweiler' })
  owner = await connect(server.collabUrl, map.id, map.editToken)
  ownerNode = addNode(owner.doc, {
    kind: 'provider',
    label: 'Caritas Chorweiler',
    position: { x: 10, y: 20 },
  })
  await waitUntilConfirmed(owner)
})

afterEach(async () => {
  destroyAllClients()
  await server.close()
  dir.remove()
})

/** The server's own copy of the map: loaded while any client is connected. */
function serverDoc(): Y.Doc {
  const doc = server.server.hocuspocus.documents.get(map.id)
  if (!doc) throw new Error(`map ${map.id} is not loaded on the server`)
  return doc
}

/** Everything that identifies a document's state, deletions included. */
const fingerprint = (doc: Y.Doc) => ({
  stateVector: Y.encodeStateVector(doc),
  snapshot: Y.encodeSnapshot(Y.snapshot(doc)),
  model: readMap(doc),
})

it('a view token cannot change the map through the provider', async () => {
  const viewer = await connect(server.collabUrl, map.id, map.viewToken)
  const editor = await connect(server.collabUrl, map.id, map.editToken)
  const before = fingerprint(serverDoc())
  const viewerFrames = recordFrames(viewer)

  const intruder = addNode(viewer.doc, {
    kind: 'note',
    label: 'Vom Betrachter',
    position: { x: 0, y: 0 },
  })
  renameNode(viewer.doc, ownerNode, 'Umbenannt vom Betrachter')
  setMapInfo(viewer.doc, { title: 'Gekapert' })

  // The server answers every refused change with SyncStatus(false); after the third, it has
  // handled all three.
  await waitFor('the server to refuse all three changes', () => {
    const statuses = viewerFrames.filter((f) => f.type === MessageType.SyncStatus)
    return statuses.length >= 3 && statuses
  }).then((statuses) => expect(statuses.map((s) => s.applied)).toEqual([false, false, false]))
  expect(viewer.provider.hasUnsyncedChanges).toBe(true)

  // A round trip of the editor: any broadcast of the refused changes would have arrived.
  await roundTrip(editor)
  expect(editor.doc.getMap('nodes').has(intruder)).toBe(false)
  expect(readMap(editor.doc).meta.title).toBe('Netzwerk Chorweiler')
  expect(readMap(editor.doc).nodes.map((n) => n.label)).toEqual(['Caritas Chorweiler'])
  expect(fingerprint(serverDoc())).toEqual(before)
  expect(storageMentions(dir.path, 'Vom Betrachter')).toBe(false)
  expect(storageMentions(dir.path, 'Gekapert')).toBe(false)
  expect(storageMentions(dir.path, 'Caritas Chorweiler')).toBe(true)
})

it('a view token cannot change the map with raw Update or SyncStep2 frames', async () => {
  const socket = await RawSocket.open(server.collabUrl)
  try {
    expect(await socket.authenticate(map.id, map.viewToken)).toEqual({
      kind: 'authenticated',
      scope: 'readonly',
    })
    const attacker = await socket.fetchDocument(map.id)
    expect(readMap(attacker).nodes.map((n) => n.label)).toEqual(['Caritas Chorweiler'])
    const before = fingerprint(serverDoc())

    /** Applies `change` to the attacker's copy and returns just the new part as an update. */
    const craft = (change: (doc: Y.Doc) => void) => {
      const known = Y.encodeStateVector(attacker)
      change(attacker)
      return Y.encodeStateAsUpdate(attacker, known)
    }
    const viaUpdate = craft((d) =>
      addNode(d, { kind: 'note', label: 'Roh-Update', position: { x: 1, y: 1 } }),
    )
    const viaStep2 = craft((d) =>
      addNode(d, { kind: 'note', label: 'Roh-SyncStep2', position: { x: 2, y: 2 } }),
    )
    // A delete-only update changes no state vector, only the delete set (yjs#767).
    const deleteOnly = craft((d) => deleteNodes(d, [ownerNode]))

    expect(await socket.sendChange(updateFrame(map.id, viaUpdate))).toBe(false)
    expect(await socket.sendChange(syncStep2Frame(map.id, viaStep2))).toBe(false)
    expect(await socket.sendChange(updateFrame(map.id, deleteOnly))).toBe(false)
    expect(await socket.sendChange(syncStep2Frame(map.id, deleteOnly))).toBe(false)

    expect(fingerprint(serverDoc())).toEqual(before)
    expect(nodesMap(serverDoc()).has(ownerNode)).toBe(true)
    // The connection is still usable for reading after the refusals.
    const reread = await socket.fetchDocument(map.id)
    expect(readMap(reread).nodes.map((n) => n.label)).toEqual(['Caritas Chorweiler'])
  } finally {
    socket.close()
  }

  // Nothing of it was stored: a restarted server serves the map as the owner left it.
  destroyAllClients()
  await server.close()
  server = await startTestServer(dir.path)
  const fresh = await connect(server.collabUrl, map.id, map.editToken)
  const labels = readMap(fresh.doc).nodes.map((n) => n.label)
  expect(labels).toEqual(['Caritas Chorweiler'])
  expect(readMap(fresh.doc).meta.title).toBe('Netzwerk Chorweiler')
  for (const label of ['Roh-Update', 'Roh-SyncStep2']) {
    expect(storageMentions(dir.path, label)).toBe(false)
  }
})

it('the same raw frames are applied with the edit token (the attack would work without the check)', async () => {
  const socket = await RawSocket.open(server.collabUrl)
  try {
    expect(await socket.authenticate(map.id, map.editToken)).toMatchObject({ scope: 'read-write' })
    const doc = await socket.fetchDocument(map.id)
    const known = Y.encodeStateVector(doc)
    addNode(doc, { kind: 'note', label: 'Roh-Update', position: { x: 1, y: 1 } })
    expect(await socket.sendChange(updateFrame(map.id, Y.encodeStateAsUpdate(doc, known)))).toBe(
      true,
    )
    await waitFor('the owner to see the raw edit', () =>
      readMap(owner.doc).nodes.some((n) => n.label === 'Roh-Update'),
    )
    // The storage probe finds what an edit token wrote (so its "false" above means something).
    expect(storageMentions(dir.path, 'Roh-Update')).toBe(true)
  } finally {
    socket.close()
  }
})
