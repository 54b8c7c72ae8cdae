import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import { addNode } from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { edgesMap, metaMap, nodesMap } from '../doc/y-map-doc.ts'
import { FakeNetwork, NO_FAULTS } from '../testing/fake-network.ts'
import { mapInvariantViolations, storedRecordViolations } from '../testing/map-invariants.ts'
import { observeDoc } from '../testing/observe-doc.ts'
import { loadFixture, schemaFixture, schemaFixtures } from '../testing/schema-fixtures.ts'
import {
  CURRENT_SCHEMA_VERSION,
  DocumentTooNewError,
  documentSchemaVersion,
  type Migration,
  migrateDoc,
  migrations,
} from './migrations.ts'
import { EDGE_KIND_DIRECTED, type EdgeKind } from './vocabulary.ts'

// Like tldraw's migration tests: one test per migration on the fixture of the version before
// it, plus tests that fail when a migration or the current version has no fixture.

function migrationTo(version: number): Migration {
  const migration = migrations.find((m) => m.to === version)
  if (!migration) throw new Error(`no migration to ${version}`)
  return migration
}

describe('migration to 1', () => {
  test('stamps a pre-versioning map and gives it an empty title, keeping everything else', () => {
    const doc = loadFixture(schemaFixture(0))
    expect(metaMap(doc).has('schemaVersion')).toBe(false)
    expect(metaMap(doc).has('title')).toBe(false)
    const { nodes, edges } = readMap(doc)
    expect(nodes).toHaveLength(4)
    expect(edges).toHaveLength(3)
    expect(migrateDoc(doc, 'server', 1)).toEqual([1])
    expect(metaMap(doc).toJSON()).toEqual({ schemaVersion: 1, title: '', area: 'Köln-Chorweiler' })
    expect(readMap(doc).nodes).toEqual(nodes)
    expect(readMap(doc).edges).toEqual(edges)
  })

  test('keeps a title that an early map already had', () => {
    const doc = loadFixture(schemaFixture(0))
    metaMap(doc).set('title', 'Netzwerk Chorweiler')
    migrationTo(1).up(doc)
    expect(metaMap(doc).get('title')).toBe('Netzwerk Chorweiler')
  })
})

describe('migration to 2', () => {
  const expectedDirection = (kind: EdgeKind) => (EDGE_KIND_DIRECTED[kind] ? 'forward' : 'none')

  test("gives every link strength 2 and its kind's direction, and reads the same after", () => {
    const doc = loadFixture(schemaFixture(1))
    const before = readMap(doc)
    expect(before.edges.length).toBeGreaterThan(0)
    for (const record of edgesMap(doc).values()) expect(record.has('strength')).toBe(false)
    expect(migrateDoc(doc, 'server', 2)).toEqual([2])
    expect(documentSchemaVersion(doc)).toBe(2)
    for (const record of edgesMap(doc).values()) {
      expect(record.get('strength')).toBe(2)
      expect(record.get('direction')).toBe(expectedDirection(record.get('kind') as EdgeKind))
    }
    const directions = new Set([...edgesMap(doc).values()].map((r) => r.get('direction')))
    expect(directions).toEqual(new Set(['forward', 'none']))
    expect(readMap(doc)).toEqual({ ...before, meta: { ...before.meta, schemaVersion: 2 } })
  })

  test('keeps a strength or direction a link already has, and leaves an unknown kind alone', () => {
    const doc = loadFixture(schemaFixture(1))
    const [first, second] = [...edgesMap(doc).values()]
    first?.set('strength', 3)
    first?.set('direction', 'both')
    second?.set('kind', 'friendship')
    migrationTo(2).up(doc)
    expect(first?.get('strength')).toBe(3)
    expect(first?.get('direction')).toBe('both')
    expect(second?.get('strength')).toBe(2)
    expect(second?.has('direction')).toBe(false)
  })
})

describe('every fixture', () => {
  test.each(schemaFixtures().map((f) => [f.file, f] as const))(
    '%s carries the version it claims',
    (_, fixture) => {
      expect(documentSchemaVersion(loadFixture(fixture))).toBe(fixture.schemaVersion)
    },
  )

  test.each(schemaFixtures().map((f) => [f.file, f] as const))(
    '%s migrates to the current version with every record valid',
    (_, fixture) => {
      const doc = loadFixture(fixture)
      migrateDoc(doc)
      expect(documentSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION)
      expect(storedRecordViolations(doc)).toEqual([])
      expect(mapInvariantViolations(doc)).toEqual([])
      // readMap skipped nothing: every stored node and link is a valid one.
      const { nodes, edges } = readMap(doc)
      expect(nodes.length).toBe(nodesMap(doc).size)
      expect(edges.length).toBe(edgesMap(doc).size)
      expect(nodes.length).toBeGreaterThan(0)
    },
  )
})

describe('the fixtures', () => {
  test('exercise every migration', () => {
    const exercised = new Set(schemaFixtures().flatMap((f) => migrateDoc(loadFixture(f))))
    const unexercised = migrations.map((m) => m.to).filter((to) => !exercised.has(to))
    expect(unexercised, 'add a fixture of the version before each of these').toEqual([])
  })

  test('include the current schema version', () => {
    const versions = schemaFixtures().map((f) => f.schemaVersion)
    expect(versions, 'commit a fixture of the current version').toContain(CURRENT_SCHEMA_VERSION)
  })
})

describe('migrateDoc', () => {
  test('runs migrations in order, one version step each, ending at the current version', () => {
    expect(migrations.map((m) => m.to)).toEqual(migrations.map((_, i) => i + 1))
    expect(CURRENT_SCHEMA_VERSION).toBe(migrations.length)
  })

  test('runs every pending migration in one transaction and stamps the current version', () => {
    const doc = loadFixture(schemaFixture(0))
    let ran: number[] = []
    const activity = observeDoc(doc, () => {
      ran = migrateDoc(doc, 'server')
    })
    expect(ran).toEqual(migrations.map((m) => m.to))
    expect(activity).toMatchObject({ transactions: 1, updates: 1, origins: ['server'] })
    expect(documentSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION)
  })

  test('does nothing to a current document, not even an empty transaction', () => {
    const doc = new Y.Doc()
    initMapDoc(doc, { title: 'Neu', area: 'Kalk' })
    addNode(doc, { kind: 'provider', label: 'AWO', position: { x: 0, y: 0 } })
    const activity = observeDoc(doc, () => expect(migrateDoc(doc)).toEqual([]))
    expect(activity.transactions).toBe(0)
  })

  test('refuses a document from a newer Quartiersnetz and leaves it as it is', () => {
    const doc = new Y.Doc()
    initMapDoc(doc, { title: 'Aus der Zukunft' })
    metaMap(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1)
    const before = Y.encodeStateAsUpdate(doc)
    expect(() => migrateDoc(doc)).toThrow(DocumentTooNewError)
    try {
      migrateDoc(doc)
    } catch (error) {
      expect((error as DocumentTooNewError).version).toBe(CURRENT_SCHEMA_VERSION + 1)
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  test('converges when two server instances migrate the same old document at once', () => {
    const net = new FakeNetwork(2, 3, NO_FAULTS)
    const [a, b] = net.docs as [Y.Doc, Y.Doc]
    Y.applyUpdate(a, schemaFixture(0).update)
    net.flushAll()
    net.disconnect(1)
    migrateDoc(a)
    migrateDoc(b)
    net.connect(1)
    net.flushAll()
    for (const doc of net.docs) {
      expect(documentSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION)
      expect(readMap(doc)).toEqual(readMap(a))
    }
  })
})

describe('documentSchemaVersion', () => {
  test.each([
    [undefined, 0],
    ['1', 0],
    [1.5, 0],
    [-1, 0],
    [Number.NaN, 0],
    [0, 0],
    [1, 1],
    [7, 7],
  ])('reads %j as %i', (stored, version) => {
    const doc = new Y.Doc()
    if (stored !== undefined) metaMap(doc).set('schemaVersion', stored)
    expect(documentSchemaVersion(doc)).toBe(version)
  })
})
