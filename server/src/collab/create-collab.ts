import { type Extension, Hocuspocus } from '@hocuspocus/server'
import { isMapId, type MapId, migrateDoc, removeDanglingEdges } from '../../../shared/src/index.ts'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'
import { Meeting } from '../meeting/meeting.ts'
import type { MapStore } from '../storage/map-store.ts'
import { AccessDenied, authenticate, type CollabContext, reauthenticate } from './authenticate.ts'
import { watchDanglingEdges } from './dangling-edge-sweeper.ts'
import {
  attachJournal,
  compactDocument,
  journalClientUpdate,
  loadFromStore,
} from './document-journal.ts'
import { SERVER_ORIGIN } from './origins.ts'
import { trimDecodedDoc } from './trim-decoded-doc.ts'

export interface CollabOptions {
  readonly store: MapStore
  readonly logger: Logger
  /** Delay between a client's change and the dangling-edge sweep (ms). */
  readonly sweepDelayMs?: number
  /** Extra Hocuspocus extensions (the limits); they run before the hooks below. */
  readonly extensions?: readonly Extension[]
  /** Meeting mode, shared with the HTTP routes; one is made when absent. */
  readonly meeting?: Meeting
}

export interface Collab {
  readonly hocuspocus: Hocuspocus<CollabContext>
  readonly meeting: Meeting
  /** Compacts every open document now (shutdown); resolves when all are stored. */
  compactAll(): Promise<void>
  /** Stops all storage work; later hooks do nothing (the store is about to close). */
  stop(): void
}

/** The Hocuspocus instance of the server: auth, load, journal, compaction, sweeping. */
export function createCollab(options: CollabOptions): Collab {
  const { store, logger } = options
  let stopped = false
  const meeting = options.meeting ?? new Meeting({ store, logger })
  const isLocked = (mapId: MapId) => meeting.isLocked(mapId)

  const compact = async (mapId: string, doc: Parameters<typeof compactDocument>[2]) => {
    if (stopped || !isMapId(mapId)) return
    await compactDocument(store, mapId, doc)
  }

  const hocuspocus = new Hocuspocus<CollabContext>({
    quiet: true,
    extensions: [...(options.extensions ?? [])],
    onAuthenticate: (payload) => authenticate(store, payload, isLocked),
    onTokenSync: (payload) => reauthenticate(store, payload, isLocked),
    // Meeting mode: lock and state on connect, identify and dots, stamped awareness.
    connected: ({ documentName, connection }) =>
      meeting.connected(documentName as MapId, connection),
    onStateless: ({ documentName, connection, payload }) =>
      meeting.onStateless(documentName as MapId, connection, payload),
    beforeHandleAwareness: async (payload) => meeting.beforeHandleAwareness(payload),
    // Journal-before-ack for an asynchronous store (PostgreSQL); SQLite journals on 'update'.
    async beforeSync({ documentName, document, connection, type, payload }) {
      if (!isMapId(documentName)) return
      const message = { type, payload, readOnly: connection.readOnly, connection }
      await journalClientUpdate(store, documentName, document, message, logger)
    },

    async onLoadDocument({ documentName, document }) {
      if (!isMapId(documentName)) throw new AccessDenied()
      const mapId: MapId = documentName
      if (!(await loadFromStore(store, mapId, document, logger))) throw new AccessDenied()
      // Attached before the migration, so the server's own load-time changes are journaled too.
      attachJournal(store, mapId, document, logger)
      watchDanglingEdges(document, mapId, logger, options.sweepDelayMs ?? 250)
      await meeting.attachDocument(mapId, document)
      try {
        migrateDoc(document, SERVER_ORIGIN)
      } catch (error) {
        logger.error('cannot open a map', { mapId, error: errorMessage(error) })
        throw error
      }
      removeDanglingEdges(document, SERVER_ORIGIN)
      // The map stays in memory while it is open: a third less heap for the same document.
      trimDecodedDoc(document)
    },

    // Debounced by Hocuspocus (2 s, at most 10 s): folds the journal into the snapshot.
    async onStoreDocument({ documentName, document }) {
      await compact(documentName, document)
    },

    async afterUnloadDocument({ documentName }) {
      if (isMapId(documentName)) await meeting.mapUnloaded(documentName)
    },

    async beforeUnloadDocument({ documentName, document }) {
      try {
        await compact(documentName, document)
      } catch (error) {
        // The journal still holds every update; compaction can wait for the next load.
        logger.warn('could not compact a map on unload', {
          mapId: documentName,
          error: errorMessage(error),
        })
      }
    },
  })

  meeting.live.attach(hocuspocus)

  return {
    hocuspocus,
    meeting,
    async compactAll() {
      await meeting.flush()
      const documents = [...hocuspocus.documents.values()].filter((d) => !d.isLoading)
      const results = await Promise.allSettled(documents.map((d) => compact(d.name, d)))
      for (const [i, result] of results.entries()) {
        if (result.status === 'rejected') {
          logger.warn('could not compact a map at shutdown', {
            mapId: documents[i]?.name,
            error: errorMessage(result.reason),
          })
        }
      }
    },
    stop() {
      stopped = true
      meeting.stop()
    },
  }
}
