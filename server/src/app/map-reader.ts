import * as Y from 'yjs'
import { type MapId, type MapModel, migrateDoc, readMap } from '../../../shared/src/index.ts'
import { loadFromStore } from '../collab/document-journal.ts'
import type { MapStore } from '../storage/map-store.ts'
import type { Logger } from './logger.ts'

/** Reads the current state of a map for the API (analysis, exports) without a WebSocket. */
export interface MapReader {
  /** The validated model of the map, or null when it does not exist. */
  read(mapId: MapId): Promise<MapModel | null>
}

export interface MapReaderOptions {
  readonly store: MapStore
  readonly logger: Logger
  /** The open document of a map, when the collaboration server has it loaded. */
  readonly live?: (mapId: MapId) => Y.Doc | undefined
}

/**
 * Prefers the open document; otherwise rebuilds the map from snapshot and journal. Both give
 * the same state, because every change an open document accepts is journaled synchronously.
 */
export function createMapReader({ store, logger, live }: MapReaderOptions): MapReader {
  return {
    async read(mapId) {
      const open = live?.(mapId)
      if (open) return readMap(open)
      const doc = new Y.Doc()
      try {
        if (!(await loadFromStore(store, mapId, doc, logger))) return null
        // Only in memory: the stored map is migrated when the collaboration server opens it.
        migrateDoc(doc)
        return readMap(doc)
      } finally {
        doc.destroy()
      }
    },
  }
}
