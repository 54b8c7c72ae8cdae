import pg from 'pg'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, initMapDoc, newMapId, readMap } from '../../../shared/src/index.ts'
import {
  announceSkip,
  createTestSchema,
  postgresReachable,
  TEST_DATABASE_URL,
} from '../scale/test-services.ts'
import { runMeetingStoreContract } from './meeting-store-contract.ts'
import { POSTGRES_SCHEMA_VERSION } from './postgres-schema.ts'
import { openPostgresStore } from './postgres-store.ts'
import { runStoreContract, type StoreHarness } from './store-contract.ts'

const available = await postgresReachable()
if (!available) announceSkip('PostgreSQL store tests', `PostgreSQL at ${TEST_DATABASE_URL}`)

/** Stores on one fresh schema of the test database, dropped afterwards. */
const postgresHarness = async (): Promise<StoreHarness> => {
  const schema = await createTestSchema()
  return {
    open: () => openPostgresStore(TEST_DATABASE_URL, { schema: schema.name, maxConnections: 4 }),
    dispose: () => schema.drop(),
  }
}

function nodeUpdate(doc: Y.Doc, label: string): Uint8Array {
  const updates: Uint8Array[] = []
  const capture = (update: Uint8Array) => updates.push(update)
  doc.on('update', capture)
  addNode(doc, { kind: 'provider', label, position: { x: 0, y: 0 } })
  doc.off('update', capture)
  return Y.mergeUpdates(updates)
}

function rebuild(
  stored: Awaited<ReturnType<Awaited<ReturnType<StoreHarness['open']>>['loadDocument']>>,
) {
  const doc = new Y.Doc()
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const entry of stored?.journal ?? []) Y.applyUpdate(doc, entry.data)
  return doc
}

describe.skipIf(!available)('PostgreSQL store', () => {
  runStoreContract('PostgreSQL', postgresHarness)
  runMeetingStoreContract('PostgreSQL', postgresHarness)

  it('loses nothing when two instances append and compact the same map at once', async () => {
    const harness = await postgresHarness()
    const [first, second] = await Promise.all([harness.open(), harness.open()])
    try {
      const origin = new Y.Doc()
      initMapDoc(origin, { title: 'Zwei Instanzen', area: 'Kalk' })
      const id = newMapId()
      await first.createMap(
        {
          id,
          title: 'Zwei Instanzen',
          area: 'Kalk',
          editTokenHash: 'e'.repeat(64),
          viewTokenHash: 'f'.repeat(64),
          createdAt: 1,
        },
        Y.encodeStateAsUpdate(origin),
      )
      // Each instance has its own copy of the document and never sees the other's edits, the
      // worst case for a compaction that would overwrite instead of merge.
      const writer = async (store: typeof first, name: string) => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin))
        let lastSeq = 0
        for (let i = 0; i < 40; i++) {
          lastSeq = await store.appendUpdate(id, nodeUpdate(doc, `${name}${i}`))
          if (i % 4 === 3) await store.compact(id, Y.encodeStateAsUpdate(doc), lastSeq)
        }
        return readMap(doc).nodes.map((n) => n.label)
      }
      const [a, b] = await Promise.all([writer(first, 'a'), writer(second, 'b')])
      const stored = rebuild(await first.loadDocument(id))
      const labels = readMap(stored)
        .nodes.map((n) => n.label)
        .sort()
      expect(labels).toEqual([...a, ...b].sort())
      expect(labels).toHaveLength(80)
    } finally {
      await Promise.all([first.close(), second.close()])
      await harness.dispose()
    }
  })

  it('deletes the rows of a deleted map for good and records its schema version', async () => {
    const schema = await createTestSchema()
    const store = await openPostgresStore(TEST_DATABASE_URL, { schema: schema.name })
    const client = new pg.Client({ connectionString: schema.url })
    await client.connect()
    try {
      const id = newMapId()
      await store.createMap(
        { id, title: 't', area: null, editTokenHash: 'a', viewTokenHash: 'b', createdAt: 1 },
        new Uint8Array([0, 0]),
      )
      await store.appendUpdate(id, new Uint8Array([0, 0]))
      await store.deleteMap(id)
      for (const table of ['maps', 'snapshots', 'journal']) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`)
        expect(rows[0]).toEqual({ n: 0 })
      }
      const version = await client.query('SELECT version FROM schema_version')
      expect(version.rows).toEqual([{ version: POSTGRES_SCHEMA_VERSION }])
    } finally {
      await client.end()
      await store.close()
      await schema.drop()
    }
  })
})
