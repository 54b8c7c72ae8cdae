import { afterEach, beforeEach, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { addNode, readMap, writeLargeMap } from '../../../shared/src/index.ts'
import {
  type CreatedMap,
  connect,
  createMap,
  destroyAllClients,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { RawSocket, syncStep1Frame } from '../testing/raw-socket.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'

/*
 * `GET /api/maps/:id/state` with a running collaboration server: what a browser draws before it
 * connects must be the map everyone else sees, and the connection that follows must not send
 * the whole map again.
 */

let server: Awaited<ReturnType<typeof startServerInTempDir>>
let map: CreatedMap
beforeEach(async () => {
  server = await startServerInTempDir()
  map = await createMap(server.server.url)
})
afterEach(async () => {
  destroyAllClients()
  await server.dispose()
})

async function stateOf(token: string): Promise<Y.Doc> {
  const response = await fetch(new URL(`/api/maps/${map.id}/state`, server.server.url), {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(response.status).toBe(200)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()))
  return doc
}

const sameState = (a: Y.Doc, b: Y.Doc) => Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b))

it('is the open map, with every confirmed change, while others work on it', async () => {
  const alice = await connect(server.collabUrl, map.id, map.editToken)
  addNode(alice.doc, { kind: 'provider', label: 'Caritas Kalk', position: { x: 0, y: 0 } })
  await waitUntilConfirmed(alice)
  const state = await stateOf(map.viewToken)
  expect(readMap(state).nodes.map((n) => n.label)).toEqual(['Caritas Kalk'])
  const open = server.server.hocuspocus.documents.get(map.id)
  expect(open && sameState(state, open)).toBe(true)
})

it('is the stored map when nobody has it open, without loading it', async () => {
  const alice = await connect(server.collabUrl, map.id, map.editToken)
  addNode(alice.doc, { kind: 'service', label: 'Stadtteilbüro', position: { x: 0, y: 0 } })
  await waitUntilConfirmed(alice)
  const expected = readMap(alice.doc)
  alice.destroy()
  await waitFor('the map to unload', () => server.server.hocuspocus.getDocumentsCount() === 0)
  const state = await stateOf(map.editToken)
  expect(readMap(state)).toEqual(expected)
  expect(server.server.hocuspocus.getDocumentsCount()).toBe(0)
})

it('lets the connection that follows sync only what changed since', async () => {
  const alice = await connect(server.collabUrl, map.id, map.editToken)
  writeLargeMap(alice.doc, { nodes: 200, edges: 300, seed: 7 })
  await waitUntilConfirmed(alice)
  const mapBytes = Y.encodeStateAsUpdate(alice.doc).length
  const bob = await stateOf(map.editToken)
  addNode(alice.doc, { kind: 'resource', label: 'Bürgerhaus', position: { x: 0, y: 0 } })
  await waitUntilConfirmed(alice)

  // Bob connects with the state in his doc: the server's answer to his SyncStep1.
  const socket = await RawSocket.open(server.collabUrl)
  try {
    expect((await socket.authenticate(map.id, map.editToken))?.kind).toBe('authenticated')
    socket.send(syncStep1Frame(map.id, bob))
    const answer = await socket.nextFrame(
      'the SyncStep2 answer',
      (f) => f.sync?.step === syncProtocol.messageYjsSyncStep2,
    )
    const diff = answer.sync?.payload ?? new Uint8Array()
    expect(diff.length).toBeLessThan(mapBytes / 50)
    Y.applyUpdate(bob, diff)
    expect(sameState(bob, alice.doc)).toBe(true)
  } finally {
    socket.close()
  }
})
