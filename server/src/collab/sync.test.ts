import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider } from '@hocuspocus/provider'
import { afterEach, beforeEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEdge,
  addNode,
  edgesMap,
  type NodeId,
  nodesMap,
  readMap,
} from '../../../shared/src/index.ts'
import { quietLogger } from '../app/logger.ts'
import { type RunningServer, startServer } from '../app/start-server.ts'

/** Polls `condition` until it holds; fails with `what` after the deadline (no fixed sleeps). */
async function waitFor(what: string, condition: () => boolean, deadlineMs = 5000): Promise<void> {
  const deadline = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

let dataDir: string
let server: RunningServer
const providers: HocuspocusProvider[] = []

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'qn-sync-'))
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, logger: quietLogger })
})

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy()
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function createMap(): Promise<{ id: string; editToken: string; viewToken: string }> {
  const response = await fetch(`${server.url}/api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Stadtteilkonferenz Kalk', area: 'Kalk' }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; editToken: string; viewToken: string }
}

function connect(name: string, token: string): { doc: Y.Doc; provider: HocuspocusProvider } {
  const doc = new Y.Doc()
  const provider = new HocuspocusProvider({
    url: `${server.url.replace(/^http/, 'ws')}/collab`,
    name,
    token,
    document: doc,
  })
  providers.push(provider)
  return { doc, provider }
}

const labels = (doc: Y.Doc) => readMap(doc).nodes.map((n) => n.label)

it('a node added by one user appears for the other, under the title the server created', async () => {
  const map = await createMap()
  const alice = connect(map.id, map.editToken)
  const bob = connect(map.id, map.editToken)
  await waitFor('both to sync', () => alice.provider.synced && bob.provider.synced)
  expect(readMap(bob.doc).meta.title).toBe('Stadtteilkonferenz Kalk')

  addNode(alice.doc, { kind: 'provider', label: 'Caritas Kalk', position: { x: 10, y: 20 } })
  await waitFor('the node at bob', () => labels(bob.doc).includes('Caritas Kalk'))
  expect(readMap(bob.doc).nodes[0]?.position).toEqual({ x: 10, y: 20 })
})

it('a view token syncs the map but its changes reach nobody', async () => {
  const map = await createMap()
  const editor = connect(map.id, map.editToken)
  const viewer = connect(map.id, map.viewToken)
  await waitFor('both to sync', () => editor.provider.synced && viewer.provider.synced)
  expect(viewer.provider.authorizedScope).toBe('readonly')

  addNode(viewer.doc, { kind: 'note', label: 'vom Zuschauer', position: { x: 0, y: 0 } })
  addNode(editor.doc, { kind: 'agency', label: 'Jugendamt', position: { x: 0, y: 0 } })
  await waitFor('the editor node at the viewer', () => labels(viewer.doc).includes('Jugendamt'))
  expect(labels(editor.doc)).toEqual(['Jugendamt'])
})

it('a wrong token gets nothing of the map', async () => {
  const map = await createMap()
  const intruder = connect(
    map.id,
    map.viewToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
  )
  let failed = false
  intruder.provider.on('authenticationFailed', () => {
    failed = true
  })
  await waitFor('the refusal', () => failed)
  expect(readMap(intruder.doc).meta.title).toBe('')
  expect(server.hocuspocus.getDocumentsCount()).toBe(0)
})

it('an edge left dangling by a concurrent delete is removed by the server', async () => {
  const map = await createMap()
  const alice = connect(map.id, map.editToken)
  await waitFor('alice to sync', () => alice.provider.synced)
  const a = addNode(alice.doc, { kind: 'provider', label: 'A', position: { x: 0, y: 0 } })
  const b = addNode(alice.doc, { kind: 'service', label: 'B', position: { x: 0, y: 0 } })
  expect(addEdge(alice.doc, { source: a, target: b, kind: 'operates' })).not.toBeNull()
  // A concurrent delete elsewhere: the node goes, the edge stays behind in the document.
  nodesMap(alice.doc).delete(b as NodeId)
  expect(edgesMap(alice.doc).size).toBe(1)
  await waitFor('the server to remove the edge', () => edgesMap(alice.doc).size === 0)
})

it('every confirmed edit is in the database when the server restarts', async () => {
  const map = await createMap()
  const alice = connect(map.id, map.editToken)
  await waitFor('alice to sync', () => alice.provider.synced)
  for (const label of ['eins', 'zwei', 'drei']) {
    addNode(alice.doc, { kind: 'resource', label, position: { x: 0, y: 0 } })
  }
  await waitFor('the server to confirm', () => alice.provider.unsyncedChanges === 0)
  alice.provider.destroy()
  await server.close()

  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, logger: quietLogger })
  const again = connect(map.id, map.viewToken)
  await waitFor('the reload', () => again.provider.synced)
  expect(labels(again.doc).sort()).toEqual(['drei', 'eins', 'zwei'])
})
