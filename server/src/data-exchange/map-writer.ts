import type { Hocuspocus } from '@hocuspocus/server'
import * as Y from 'yjs'
import { type MapId, migrateDoc, removeDanglingEdges } from '../../../shared/src/index.ts'
import type { Logger } from '../app/logger.ts'
import type { CollabContext } from '../collab/authenticate.ts'
import { attachJournal, compactDocument, loadFromStore } from '../collab/document-journal.ts'
import { SERVER_ORIGIN } from '../collab/origins.ts'
import type { MapStore } from '../storage/map-store.ts'

/** Changes a map's document in one transaction, wherever the document lives. */
export interface MapWriter {
  /** Runs `change` inside one Yjs transaction; null when the map does not exist. */
  write<T>(mapId: MapId, change: (doc: Y.Doc) => T): Promise<T | null>
}

/**
 * Writes through the collaboration server: the change lands in the open document (loaded for
 * the occasion if nobody has it open), so every connected client gets it as one update, and it
 * is in the journal when `write` returns — the API answers "imported" only for what is stored.
 *
 * With SQLite the document's journal listener commits it inside the transaction. With
 * PostgreSQL that listener appends the server's own changes without waiting, and the store hook
 * on disconnect does not cover it either: it is skipped while another instance holds the map's
 * Redis lock, fails while Redis is down, and its errors are only logged. So the change is
 * appended here once more and awaited (a duplicate journal entry is harmless: Yjs applies an
 * update once, and compaction folds both away).
 */
export function createLiveMapWriter(
  hocuspocus: Hocuspocus<CollabContext>,
  store: MapStore,
): MapWriter {
  return {
    async write(mapId, change) {
      let connection: Awaited<ReturnType<typeof hocuspocus.openDirectConnection>>
      try {
        // The context marks the change as the server's own (like migrations), not a client's.
        connection = await hocuspocus.openDirectConnection(mapId, { role: 'edit' })
      } catch {
        return null // onLoadDocument refuses a map that does not exist (any more)
      }
      let result: { value: ReturnType<typeof change> } | undefined
      try {
        const updates: Uint8Array[] = []
        const collect = (update: Uint8Array) => updates.push(update)
        const document = connection.document
        document?.on('update', collect)
        try {
          // DirectConnection.transact runs the callback synchronously inside doc.transact.
          await connection.transact((doc) => {
            result = { value: change(doc) }
          })
        } finally {
          document?.off('update', collect)
        }
        if (store.appendsAsynchronously && updates.length > 0) {
          await store.appendUpdate(mapId, Y.mergeUpdates(updates))
        }
      } finally {
        await connection.disconnect()
      }
      return result ? result.value : null
    },
  }
}

/**
 * Writes straight into storage, for the command line and for route tests without a
 * collaboration server: loads the map as the server would (journal attached before the
 * migration, so every change is journaled), changes it, compacts, closes. Never use it while a
 * server has the same map open: that server would not see the change until it reloads.
 */
export function createStoreMapWriter(store: MapStore, logger: Logger): MapWriter {
  return {
    async write(mapId, change) {
      const doc = new Y.Doc()
      try {
        if (!(await loadFromStore(store, mapId, doc, logger))) return null
        attachJournal(store, mapId, doc, logger)
        migrateDoc(doc, SERVER_ORIGIN)
        removeDanglingEdges(doc, SERVER_ORIGIN)
        let value: ReturnType<typeof change> | undefined
        doc.transact(() => {
          value = change(doc)
        }, SERVER_ORIGIN)
        await compactDocument(store, mapId, doc)
        return value as ReturnType<typeof change>
      } finally {
        doc.destroy()
      }
    },
  }
}
