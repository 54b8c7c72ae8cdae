import { SkipFurtherHooksError } from '@hocuspocus/common'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type MapId, readMap } from '../../../shared/src/index.ts'
import { createMap } from '../app/create-map.ts'
import { quietLogger } from '../app/logger.ts'
import { type Collab, createCollab } from '../collab/create-collab.ts'
import {
  announceSkip,
  createTestSchema,
  postgresReachable,
  TEST_DATABASE_URL,
} from '../scale/test-services.ts'
import type { MapStore } from '../storage/map-store.ts'
import { openPostgresStore } from '../storage/postgres-store.ts'
import { createLiveMapWriter } from './map-writer.ts'

/*
 * An import confirmed by the API (200 with its report) must already be in PostgreSQL. The
 * PostgreSQL journal appends the server's own changes without waiting, and the store hook that
 * would otherwise cover it is skipped whenever another instance holds the map's Redis lock
 * (extension-redis throws SkipFurtherHooksError) — so the writer has to wait for the append.
 */

const available = await postgresReachable()
if (!available) announceSkip('durable import tests', `PostgreSQL at ${TEST_DATABASE_URL}`)

/** The map's document as a fresh process would read it from the database. */
async function stored(store: MapStore, mapId: MapId): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const found = await store.loadDocument(mapId)
  if (found?.snapshot) Y.applyUpdate(doc, found.snapshot)
  for (const entry of found?.journal ?? []) Y.applyUpdate(doc, entry.data)
  return doc
}

describe.skipIf(!available)('a live import on PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>
  let store: MapStore
  let collab: Collab | undefined

  beforeEach(async () => {
    schema = await createTestSchema()
    store = await openPostgresStore(TEST_DATABASE_URL, { schema: schema.name, maxConnections: 4 })
  })
  afterEach(async () => {
    collab?.stop()
    collab = undefined
    await store.close()
    await schema.drop()
  })

  it('is in the database when the writer returns, even if the store hook is skipped', async () => {
    // A database that takes a while to commit, as under load.
    const slow: MapStore = {
      ...store,
      appendUpdate: async (id, update) => {
        await new Promise((resolve) => setTimeout(resolve, 300))
        return store.appendUpdate(id, update)
      },
    }
    // What extension-redis does while another instance is storing the same map.
    const lockedElsewhere = {
      priority: 1000,
      async onStoreDocument() {
        throw new SkipFurtherHooksError('Another instance is already storing this document')
      },
    }
    collab = createCollab({ store: slow, logger: quietLogger, extensions: [lockedElsewhere] })
    const map = await createMap(slow, { title: 'Import' })
    // Someone has the map open, so it stays loaded (no unload compaction) after the import.
    const open = await collab.hocuspocus.openDirectConnection(map.id, { role: 'edit' })
    try {
      const writer = createLiveMapWriter(collab.hocuspocus, slow)
      const result = await writer.write(map.id, (doc) => {
        doc.getMap('meta').set('title', 'Importiert')
        return 'applied'
      })
      expect(result).toBe('applied')
      expect(readMap(await stored(store, map.id)).meta.title).toBe('Importiert')
    } finally {
      await open.disconnect()
    }
  })
})
