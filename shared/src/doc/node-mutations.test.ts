import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import type { NodeId } from '../schema/ids.ts'
import { isRecordId } from '../schema/ids.ts'
import { LABEL_MAX_LENGTH } from '../schema/node-record.ts'
import { COORDINATE_LIMIT } from '../schema/position.ts'
import { observeDoc } from '../testing/observe-doc.ts'
import {
  addEdge,
  addNode,
  deleteNodes,
  moveNodes,
  renameNode,
  setNodeKind,
  setNodeSector,
  setNodeThemes,
} from './mutations.ts'
import { readMap, readNode } from './read-map.ts'
import { edgesMap, nodesMap } from './y-map-doc.ts'

const traeger = { kind: 'provider', label: 'Caritasverband', position: { x: 10, y: 20 } } as const
const missing = 'gone' as NodeId

function docWith(count: number): { doc: Y.Doc; ids: NodeId[] } {
  const doc = new Y.Doc()
  const ids = Array.from({ length: count }, (_, i) => addNode(doc, { ...traeger, label: `T${i}` }))
  return { doc, ids }
}

const stored = (doc: Y.Doc, id: string) => nodesMap(doc).get(id)?.toJSON() ?? {}

describe('addNode', () => {
  test('stores the node as a nested record in one transaction tagged with the origin', () => {
    const doc = new Y.Doc()
    let id = '' as NodeId
    const activity = observeDoc(doc, () => {
      id = addNode(doc, { ...traeger, sector: 'social', themes: ['income'] }, 'alice')
    })
    expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['alice'] })
    expect(isRecordId(id)).toBe(true)
    expect(nodesMap(doc).get(id)).toBeInstanceOf(Y.Map)
    expect(stored(doc, id)).toEqual({ ...traeger, sector: 'social', themes: ['income'] })
  })

  test('uses a given id, and leaves out sector and themes when there are none', () => {
    const doc = new Y.Doc()
    expect(addNode(doc, traeger, undefined, 'import-7' as NodeId)).toBe('import-7')
    expect(Object.keys(stored(doc, 'import-7'))).toEqual(['kind', 'label', 'position'])
  })

  test('truncates the label, clamps the position and drops duplicate themes', () => {
    const doc = new Y.Doc()
    const id = addNode(doc, {
      kind: 'service',
      label: 'K'.repeat(LABEL_MAX_LENGTH + 50),
      position: { x: Number.NaN, y: 1e12 },
      themes: ['health', 'health', 'education'],
    })
    const node = stored(doc, id)
    expect(node.label).toHaveLength(LABEL_MAX_LENGTH)
    expect(node.position).toEqual({ x: 0, y: COORDINATE_LIMIT })
    expect(node.themes).toEqual(['health', 'education'])
  })
})

describe('renameNode', () => {
  test('renames in one transaction and truncates the label', () => {
    const { doc, ids } = docWith(1)
    const id = ids[0] as NodeId
    const activity = observeDoc(doc, () =>
      renameNode(doc, id, `Jugendamt ${'x'.repeat(600)}`, 'me'),
    )
    expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['me'] })
    expect(readNode(doc, id)?.label).toHaveLength(LABEL_MAX_LENGTH)
  })

  test('changes nothing when the node is gone or the label is the same', () => {
    const { doc, ids } = docWith(1)
    const before = Y.encodeStateAsUpdate(doc)
    const activity = observeDoc(doc, () => {
      renameNode(doc, missing, 'Neu')
      renameNode(doc, ids[0] as NodeId, 'T0')
    })
    expect(activity.updates).toBe(0)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
    expect(nodesMap(doc).has(missing)).toBe(false)
  })
})

describe('setting sector, themes and kind', () => {
  test('each is one transaction, and a cleared sector is removed', () => {
    const { doc, ids } = docWith(1)
    const id = ids[0] as NodeId
    for (const change of [
      () => setNodeSector(doc, id, 'health'),
      () => setNodeThemes(doc, id, ['housing', 'housing', 'income']),
      () => setNodeKind(doc, id, 'agency'),
    ]) {
      expect(observeDoc(doc, change).transactions).toBe(1)
    }
    expect(readNode(doc, id)).toMatchObject({
      sector: 'health',
      themes: ['housing', 'income'],
      kind: 'agency',
    })
    setNodeSector(doc, id, undefined)
    expect(nodesMap(doc).get(id)?.has('sector')).toBe(false)
  })

  test('change nothing for a missing node or an unchanged kind', () => {
    const { doc, ids } = docWith(1)
    const activity = observeDoc(doc, () => {
      setNodeSector(doc, missing, 'youth')
      setNodeThemes(doc, missing, ['health'])
      setNodeKind(doc, missing, 'body')
      setNodeKind(doc, ids[0] as NodeId, 'provider')
    })
    expect(activity.updates).toBe(0)
    expect(nodesMap(doc).size).toBe(1)
  })
})

describe('moveNodes', () => {
  test('moves several nodes in one transaction and skips missing ones', () => {
    const { doc, ids } = docWith(2)
    const [a, b] = ids as [NodeId, NodeId]
    const activity = observeDoc(doc, () =>
      moveNodes(doc, [
        { id: a, position: { x: 100, y: 200 } },
        { id: missing, position: { x: 1, y: 1 } },
        { id: b, position: { x: -5, y: 7.5 } },
      ]),
    )
    expect(activity.transactions).toBe(1)
    expect(readNode(doc, a)?.position).toEqual({ x: 100, y: 200 })
    expect(readNode(doc, b)?.position).toEqual({ x: -5, y: 7.5 })
    expect(nodesMap(doc).has(missing)).toBe(false)
  })

  test('clamps hostile coordinates and writes the position as one plain value', () => {
    const { doc, ids } = docWith(1)
    const id = ids[0] as NodeId
    moveNodes(doc, [{ id, position: { x: Number.NaN, y: -1e12 } }])
    expect(nodesMap(doc).get(id)?.get('position')).toEqual({ x: 0, y: -COORDINATE_LIMIT })
    moveNodes(doc, [{ id, position: { x: Number.POSITIVE_INFINITY, y: 3 } }])
    expect(readNode(doc, id)?.position).toEqual({ x: 0, y: 3 })
  })
})

describe('deleteNodes', () => {
  test('removes the nodes and every link touching them in one transaction', () => {
    const { doc, ids } = docWith(4)
    const [a, b, c, d] = ids as [NodeId, NodeId, NodeId, NodeId]
    const outgoing = addEdge(doc, { source: a, target: b, kind: 'funding' })
    const incoming = addEdge(doc, { source: c, target: a, kind: 'referral' })
    const untouched = addEdge(doc, { source: c, target: d, kind: 'exchange' })
    const activity = observeDoc(doc, () => deleteNodes(doc, [a, missing], 'me'))
    expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['me'] })
    expect(
      readMap(doc)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual([b, c, d].sort())
    expect(edgesMap(doc).has(outgoing as string)).toBe(false)
    expect(edgesMap(doc).has(incoming as string)).toBe(false)
    expect([...edgesMap(doc).keys()]).toEqual([untouched])
  })

  test('deletes several nodes, including a link between two of them', () => {
    const { doc, ids } = docWith(3)
    const [a, b, c] = ids as [NodeId, NodeId, NodeId]
    addEdge(doc, { source: a, target: b, kind: 'cooperation' })
    deleteNodes(doc, [a, b])
    expect(readMap(doc).nodes.map((n) => n.id)).toEqual([c])
    expect(edgesMap(doc).size).toBe(0)
  })
})
