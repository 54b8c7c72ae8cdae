import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { edgesMap, isYRecord, metaMap, nodesMap, toYRecord } from './y-map-doc.ts'

test('the root maps are the named maps of the schema contract', () => {
  const doc = new Y.Doc()
  expect(metaMap(doc)).toBe(doc.getMap('meta'))
  expect(nodesMap(doc)).toBe(doc.getMap('nodes'))
  expect(edgesMap(doc)).toBe(doc.getMap('edges'))
})

test('a record is built from its defined fields only', () => {
  const doc = new Y.Doc()
  const record = toYRecord({
    kind: 'note',
    label: 'Idee',
    sector: undefined,
    position: { x: 1, y: 2 },
  })
  nodesMap(doc).set('n1', record)
  expect(record.toJSON()).toEqual({ kind: 'note', label: 'Idee', position: { x: 1, y: 2 } })
  expect(record.has('sector')).toBe(false)
})

test('only a nested Y.Map counts as a record', () => {
  expect(isYRecord(new Y.Map())).toBe(true)
  expect(isYRecord({ kind: 'provider' })).toBe(false)
  expect(isYRecord(new Y.Array())).toBe(false)
  expect(isYRecord('provider')).toBe(false)
  expect(isYRecord(null)).toBe(false)
})
