import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { CURRENT_SCHEMA_VERSION } from '../schema/migrations.ts'
import { observeDoc } from '../testing/observe-doc.ts'
import { initMapDoc } from './init-map.ts'
import { readMap, readMeta } from './read-map.ts'
import { metaMap } from './y-map-doc.ts'

test('a new map gets the current schema version, its title and area in one transaction', () => {
  const doc = new Y.Doc()
  const activity = observeDoc(doc, () =>
    initMapDoc(doc, { title: 'Sozialraumkonferenz Neukölln', area: 'Rollberg' }, 'server'),
  )
  expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['server'] })
  expect(readMeta(doc)).toEqual({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: 'Sozialraumkonferenz Neukölln',
    area: 'Rollberg',
  })
  expect(readMap(doc).nodes).toEqual([])
})

test('a new map without a Sozialraum stores no area at all', () => {
  const doc = new Y.Doc()
  initMapDoc(doc, { title: 'Netzwerk', area: '' })
  expect(metaMap(doc).has('area')).toBe(false)
  expect(readMeta(doc)).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, title: 'Netzwerk' })
})
