import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, initMapDoc, type MapId, newMapId } from '../../../shared/src/index.ts'
import { quietLogger } from '../app/logger.ts'
import { attachJournal, journalClientUpdate, loadFromStore } from '../collab/document-journal.ts'
import { SERVER_ORIGIN } from '../collab/origins.ts'
import type { MapStore } from '../storage/map-store.ts'
import { openPostgresStore } from '../storage/postgres-store.ts'
import { waitFor } from '../testing/wait-for.ts'
import {
  announceSkip,
  createTestSchema,
  postgresReachable,
  TEST_DATABASE_URL,
} from './test-services.ts'

const available = await postgresReachable()
if (!available) announceSkip('asynchronous journal tests', `PostgreSQL at ${TEST_DATABASE_URL}`)

const SYNC_STEP_2 = 1
const UPDATE = 2

/** A client's update that adds one node, made on its own copy of `base`. */
function clientUpdate(base: Y.Doc, label: string): Uint8Array {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(client)
  addNode(client, { kind: 'provider', label, position: { x: 0, y: 0 } })
  return Y.encodeStateAsUpdate(client, before)
}

describe.skipIf(!available)('journal-before-ack with an asynchronous store', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>
  let store: MapStore
  let mapId: MapId
  let doc: Y.Doc
  // Stands for the Hocuspocus connection the messages come from.
  const connection = {}

  beforeEach(async () => {
    schema = await createTestSchema()
    store = await openPostgresStore(TEST_DATABASE_URL, { schema: schema.name, maxConnections: 2 })
    mapId = newMapId()
    const initial = new Y.Doc()
    initMapDoc(initial, { title: 'Kalk' })
    await store.createMap(
      {
        id: mapId,
        title: 'Kalk',
        area: null,
        editTokenHash: 'a',
        viewTokenHash: 'b',
        createdAt: 0,
      },
      Y.encodeStateAsUpdate(initial),
    )
    doc = new Y.Doc()
    await loadFromStore(store, mapId, doc, quietLogger)
    attachJournal(store, mapId, doc, quietLogger)
  })
  afterEach(async () => {
    await store.close()
    await schema.drop()
  })

  const journal = async () => (await store.loadDocument(mapId))?.journal ?? []

  it('commits a client update before the server applies it', async () => {
    const update = clientUpdate(doc, 'AWO Kalk')
    const message = { type: UPDATE, payload: update, readOnly: false, connection }
    await journalClientUpdate(store, mapId, doc, message, quietLogger)
    // Not applied yet, already durable: the ack that follows the apply implies the journal.
    expect((await journal()).map((e) => [...e.data])).toEqual([[...update]])
    // Applying it as Hocuspocus does (origin: the connection) does not journal it twice.
    Y.applyUpdate(doc, update, { source: 'connection', connection })
    expect(await journal()).toHaveLength(1)
  })

  it('never journals poison, empty updates, known state or a read-only connection', async () => {
    const known = Y.encodeStateAsUpdate(doc)
    const messages = [
      { type: UPDATE, payload: new Uint8Array([0xff, 0xff, 0xff]), readOnly: false, connection },
      { type: UPDATE, payload: Y.encodeStateAsUpdate(new Y.Doc()), readOnly: false, connection },
      { type: SYNC_STEP_2, payload: known, readOnly: false, connection },
      { type: UPDATE, payload: clientUpdate(doc, 'Nur lesen'), readOnly: true, connection },
      { type: 0, payload: Y.encodeStateVector(doc), readOnly: false, connection },
    ]
    for (const message of messages) {
      await journalClientUpdate(store, mapId, doc, message, quietLogger)
    }
    expect(await journal()).toEqual([])
    const fresh = clientUpdate(doc, 'Neu beim Verbinden')
    await journalClientUpdate(
      store,
      mapId,
      doc,
      { type: SYNC_STEP_2, payload: fresh, readOnly: false, connection },
      quietLogger,
    )
    expect(await journal()).toHaveLength(1)
  })

  it('still journals an applied client update that beforeSync let pass without journaling', async () => {
    // Read-only in beforeSync, unlocked before Hocuspocus applied it: the ack must still mean
    // durable, so the update event appends it.
    const update = clientUpdate(doc, 'Gerade entsperrt')
    const message = { type: UPDATE, payload: update, readOnly: true, connection }
    await journalClientUpdate(store, mapId, doc, message, quietLogger)
    expect(await journal()).toEqual([])
    Y.applyUpdate(doc, update, { source: 'connection', connection })
    await waitFor('the update in the journal', async () => (await journal()).length === 1)
  })

  it('journals the server’s own changes without waiting, and refuses when the map is gone', async () => {
    doc.transact(() => {
      addNode(doc, { kind: 'provider', label: 'Migration', position: { x: 0, y: 0 } })
    }, SERVER_ORIGIN)
    await waitFor('the server change in the journal', async () => (await journal()).length === 1)
    await store.deleteMap(mapId)
    const message = {
      type: UPDATE,
      payload: clientUpdate(doc, 'zu spät'),
      readOnly: false,
      connection,
    }
    await expect(journalClientUpdate(store, mapId, doc, message, quietLogger)).rejects.toThrow()
  })
})
