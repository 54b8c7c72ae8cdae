import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEdge,
  deleteNodes,
  edgesMap,
  moveNodes,
  type NodeId,
  nodesMap,
  readMap,
  renameNode,
} from '../../../shared/src/index.ts'
import { writeLargeMap } from '../../../shared/src/samples/large-map.ts'
import { trimDecodedDoc } from './trim-decoded-doc.ts'

/** The sample map as a client built it, and two documents decoded from it. */
function loadedTwice(): { source: Y.Doc; plain: Y.Doc; trimmed: Y.Doc; ids: NodeId[] } {
  const source = new Y.Doc()
  const ids = writeLargeMap(source, { nodes: 60, edges: 90, seed: 5 })
  const update = Y.encodeStateAsUpdate(source)
  const plain = new Y.Doc()
  Y.applyUpdate(plain, update)
  const trimmed = new Y.Doc()
  Y.applyUpdate(trimmed, update)
  trimDecodedDoc(trimmed)
  return { source, plain, trimmed, ids }
}

function fieldArrays(doc: Y.Doc): unknown[][] {
  const arrays: unknown[][] = []
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentAny) {
        arrays.push(struct.content.arr)
      }
    }
  }
  return arrays
}

describe('trimDecodedDoc', () => {
  it('replaces every decoded field array by a copy', () => {
    const source = new Y.Doc()
    writeLargeMap(source, { nodes: 10, edges: 10, seed: 1 })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
    const before = fieldArrays(doc)
    trimDecodedDoc(doc)
    const after = fieldArrays(doc)
    expect(after).toHaveLength(before.length)
    expect(after.length).toBeGreaterThan(50)
    for (const [i, arr] of after.entries()) {
      expect(arr).not.toBe(before[i])
      expect(arr).toEqual(before[i])
    }
  })

  it('keeps the document exactly as it was: encoding, key order, model', () => {
    const { plain, trimmed } = loadedTwice()
    expect(Y.encodeStateAsUpdate(trimmed)).toEqual(Y.encodeStateAsUpdate(plain))
    expect([...nodesMap(trimmed).keys()]).toEqual([...nodesMap(plain).keys()])
    expect([...edgesMap(trimmed).keys()]).toEqual([...edgesMap(plain).keys()])
    expect(JSON.stringify(trimmed.toJSON())).toBe(JSON.stringify(plain.toJSON()))
    expect(readMap(trimmed)).toEqual(readMap(plain))
  })

  it('keeps the document editable and in sync with a client, both ways', () => {
    const { source: client, trimmed: server, ids } = loadedTwice()
    const [a, b, c] = ids as [NodeId, NodeId, NodeId]
    server.on('update', (update: Uint8Array) => Y.applyUpdate(client, update, 'server'))
    client.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') Y.applyUpdate(server, update, 'client')
    })
    const changedKeys: string[] = []
    nodesMap(server).observeDeep((events) => {
      for (const event of events) for (const key of event.keys.keys()) changedKeys.push(key)
    })
    // A client moves and renames; the server removes a node and links two others.
    moveNodes(client, [{ id: a, position: { x: 7, y: 9 } }])
    renameNode(client, b, 'Neu')
    deleteNodes(server, [c])
    const link = addEdge(server, { source: a, target: b, kind: 'exchange' })
    expect(changedKeys).toEqual(expect.arrayContaining(['position', 'label', c]))
    expect(nodesMap(server).get(a)?.get('position')).toEqual({ x: 7, y: 9 })
    expect(nodesMap(server).get(b)?.get('label')).toBe('Neu')
    expect(nodesMap(client).has(c)).toBe(false)
    expect(link && edgesMap(client).has(link)).toBe(true)
    expect(readMap(server)).toEqual(readMap(client))
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(client))
  })
})
