import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import { LABEL_MAX_LENGTH } from '../schema/node-record.ts'
import { mapInvariantViolations } from '../testing/map-invariants.ts'
import { addEdge, addNode } from './mutations.ts'
import { edgeReader, readEdge, readMap, readMeta, readNode } from './read-map.ts'
import { edgesMap, metaMap, nodesMap, toYRecord } from './y-map-doc.ts'

const valid = { kind: 'provider', label: 'Diakonie', position: { x: 1, y: 2 } } as const

// Writes a raw record the way a buggy or hostile peer could, bypassing the mutations.
function rawNode(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  nodesMap(doc).set(id, toYRecord(fields))
}

describe('readNode', () => {
  test('reads a valid node with its id', () => {
    const doc = new Y.Doc()
    rawNode(doc, 'n1', { ...valid, sector: 'social', themes: ['income'] })
    expect(readNode(doc, 'n1')).toEqual({
      id: 'n1',
      ...valid,
      sector: 'social',
      themes: ['income'],
    })
  })

  test.each([
    ['no kind', { label: 'x', position: { x: 0, y: 0 } }],
    ['an unknown kind', { ...valid, kind: 'person' }],
    ['a label that is not a string', { ...valid, label: 42 }],
    ['no position', { kind: 'note', label: 'x' }],
    ['a NaN position', { ...valid, position: { x: Number.NaN, y: 0 } }],
    ['a position beyond the limit', { ...valid, position: { x: 1e12, y: 0 } }],
    ['a position given as a string', { ...valid, position: '1,2' }],
  ])('skips a record with %s', (_, fields) => {
    const doc = new Y.Doc()
    rawNode(doc, 'bad', fields)
    expect(readNode(doc, 'bad')).toBeNull()
  })

  test('skips a plain value where a record belongs, and a missing id', () => {
    const doc = new Y.Doc()
    ;(nodesMap(doc) as Y.Map<unknown>).set('plain', valid)
    expect(readNode(doc, 'plain')).toBeNull()
    expect(readNode(doc, 'nothing')).toBeNull()
  })

  test('keeps a node with an unknown sector or theme, dropping just those', () => {
    const doc = new Y.Doc()
    rawNode(doc, 'n1', { ...valid, sector: 'police', themes: ['weather', 'health', 'health', 7] })
    expect(readNode(doc, 'n1')).toEqual({ id: 'n1', ...valid, themes: ['health'] })
    rawNode(doc, 'n2', { ...valid, themes: 'health' })
    expect(readNode(doc, 'n2')).toEqual({ id: 'n2', ...valid })
  })

  test('truncates an over-long label instead of hiding the node', () => {
    const doc = new Y.Doc()
    rawNode(doc, 'n1', { ...valid, label: 'L'.repeat(LABEL_MAX_LENGTH * 3) })
    expect(readNode(doc, 'n1')?.label).toHaveLength(LABEL_MAX_LENGTH)
  })
})

describe('readEdge', () => {
  test('hides malformed links, self-loops and links to missing or invalid nodes', () => {
    const doc = new Y.Doc()
    rawNode(doc, 'a', valid)
    rawNode(doc, 'b', valid)
    rawNode(doc, 'invalid', { kind: 'provider' })
    const link = { kind: 'referral', status: 'existing' }
    edgesMap(doc).set('ok', toYRecord({ source: 'a', target: 'b', ...link }))
    edgesMap(doc).set('loop', toYRecord({ source: 'a', target: 'a', ...link }))
    edgesMap(doc).set('gone', toYRecord({ source: 'a', target: 'zz', ...link }))
    edgesMap(doc).set('toInvalid', toYRecord({ source: 'invalid', target: 'b', ...link }))
    edgesMap(doc).set('badStatus', toYRecord({ source: 'a', target: 'b', kind: 'referral' }))
    expect(readEdge(doc, 'ok')).toMatchObject({ id: 'ok', source: 'a', target: 'b', ...link })
    for (const id of ['loop', 'gone', 'toInvalid', 'badStatus', 'nothing']) {
      expect(readEdge(doc, id), id).toBeNull()
    }
  })

  test('edgeReader reads every link exactly as readEdge does', () => {
    const doc = new Y.Doc()
    rawNode(doc, 'a', valid)
    rawNode(doc, 'b', valid)
    rawNode(doc, 'invalid', { kind: 'provider' })
    const link = { kind: 'referral', status: 'existing' }
    edgesMap(doc).set('ok', toYRecord({ source: 'a', target: 'b', ...link }))
    edgesMap(doc).set('back', toYRecord({ source: 'b', target: 'a', ...link, strength: 3 }))
    edgesMap(doc).set('gone', toYRecord({ source: 'a', target: 'zz', ...link }))
    edgesMap(doc).set('toInvalid', toYRecord({ source: 'invalid', target: 'b', ...link }))
    const read = edgeReader(doc)
    for (const id of ['ok', 'back', 'gone', 'toInvalid', 'nothing']) {
      expect(read(id), id).toEqual(readEdge(doc, id))
    }
    expect(read('back')).toMatchObject({ source: 'b', target: 'a', strength: 3 })
  })
})

describe('readMeta', () => {
  test('gives safe defaults for an empty document', () => {
    expect(readMeta(new Y.Doc())).toEqual({ schemaVersion: 0, title: '' })
  })

  test('reads what is stored', () => {
    const doc = new Y.Doc()
    metaMap(doc).set('schemaVersion', 1)
    metaMap(doc).set('title', 'Sozialraumkonferenz')
    metaMap(doc).set('area', 'Berlin-Neukölln')
    expect(readMeta(doc)).toEqual({
      schemaVersion: 1,
      title: 'Sozialraumkonferenz',
      area: 'Berlin-Neukölln',
    })
  })

  test('replaces one bad field without blanking the others', () => {
    const doc = new Y.Doc()
    metaMap(doc).set('schemaVersion', 1)
    metaMap(doc).set('title', { evil: true })
    metaMap(doc).set('area', 'A'.repeat(1_000))
    const meta = readMeta(doc)
    expect(meta.schemaVersion).toBe(1)
    expect(meta.title).toBe('')
    expect(meta.area).toHaveLength(200)
    metaMap(doc).set('schemaVersion', -3)
    expect(readMeta(doc).schemaVersion).toBe(0)
  })
})

describe('readMap', () => {
  test('returns nodes and edges sorted by id, whatever the insertion order', () => {
    const doc = new Y.Doc()
    for (const id of ['m', 'c', 'x', 'a']) addNode(doc, valid, undefined, id as NodeId)
    addEdge(
      doc,
      { source: 'x' as NodeId, target: 'a' as NodeId, kind: 'member' },
      undefined,
      'e2' as EdgeId,
    )
    addEdge(
      doc,
      { source: 'c' as NodeId, target: 'm' as NodeId, kind: 'member' },
      undefined,
      'e1' as EdgeId,
    )
    const map = readMap(doc)
    expect(map.nodes.map((n) => n.id)).toEqual(['a', 'c', 'm', 'x'])
    expect(map.edges.map((e) => e.id)).toEqual(['e1', 'e2'])
    expect(map.meta).toEqual(readMeta(doc))
  })

  test('skips invalid records and never returns a dangling edge', () => {
    const doc = new Y.Doc()
    rawNode(doc, 'a', valid)
    rawNode(doc, 'b', { ...valid, position: { x: Number.POSITIVE_INFINITY, y: 0 } })
    rawNode(doc, 'c', { ...valid, label: 'Quartiersmanagement' })
    const link = { kind: 'cooperation', status: 'planned' }
    edgesMap(doc).set('toInvalid', toYRecord({ source: 'a', target: 'b', ...link }))
    edgesMap(doc).set('toGone', toYRecord({ source: 'a', target: 'gone', ...link }))
    edgesMap(doc).set('fine', toYRecord({ source: 'c', target: 'a', ...link }))
    const map = readMap(doc)
    expect(map.nodes.map((n) => n.id)).toEqual(['a', 'c'])
    expect(map.edges.map((e) => e.id)).toEqual(['fine'])
    expect(mapInvariantViolations(doc)).toEqual([])
  })
})
