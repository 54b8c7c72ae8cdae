import * as Y from 'yjs'
import type { MapId } from '../../../shared/src/index.ts'
import type { MapStore } from '../storage/map-store.ts'

/**
 * A map's whole current state as one Yjs update, over plain HTTP (`GET /api/maps/:id/state`).
 *
 * Why next to the WebSocket: a browser opening a map link asks for this while its scripts still
 * load, and draws the map as soon as the map page is ready, instead of first opening the socket,
 * authenticating, and waiting for the server to load the map and sync (for a 1 000-node map
 * that arrived some 200 ms after the page was ready; client/bench/timeline.ts). The client puts
 * the state into its document before it connects, so the connection's sync then carries only
 * what changed in between. HTTP also compresses it; the WebSocket does not.
 */
export interface MapStateReader {
  /** The map's state as one update; null when the map does not exist (any more). */
  read(mapId: MapId): Promise<Uint8Array | null>
}

export interface MapStateOptions {
  readonly store: MapStore
  /** The open document of a map, when the collaboration server has it loaded. */
  readonly live?: (mapId: MapId) => Y.Doc | undefined
}

/**
 * The open document's state when the collaboration server has the map loaded; otherwise what is
 * stored (snapshot, then journal), as it is. Not loaded into a document for this: decoding a
 * large map blocks the server for tens of milliseconds, just when the same browser asks for the
 * scripts of the map page, and the connection that follows loads it anyway. Stored means
 * confirmed: every change is journaled before its sender hears "synced" (document-journal.ts).
 *
 * What is stored may predate a migration or hold a link whose actor is gone; the collaboration
 * server fixes both when it loads the map, and the client's connection receives those changes.
 * The client uses a state of another schema version only through that connection (first-state.ts).
 */
export function createMapStateReader({ store, live }: MapStateOptions): MapStateReader {
  return {
    async read(mapId) {
      const open = live?.(mapId)
      if (open) return Y.encodeStateAsUpdate(open)
      const stored = await store.loadDocument(mapId)
      if (!stored) return null
      const parts = [
        ...(stored.snapshot ? [stored.snapshot] : []),
        ...stored.journal.map((entry) => entry.data),
      ]
      // One part (the journal was folded in, as after every quiet spell): sent as stored.
      if (parts.length === 1 && parts[0]) return parts[0]
      try {
        return Y.mergeUpdates(parts)
      } catch {
        // A journal entry that does not decode: left out, as loading the map leaves it out.
        return Y.mergeUpdates(parts.filter(decodes))
      }
    },
  }
}

function decodes(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update)
    return true
  } catch {
    return false
  }
}
