import * as Y from 'yjs'
import {
  CURRENT_SCHEMA_VERSION,
  documentSchemaVersion,
} from '../../../../shared/src/schema/migrations.ts'
import { type MapState, takeMapState } from './map-state.ts'

/**
 * How long the connection waits for the map's state over HTTP before it starts without it.
 * Both come from the same server, so this only matters when that request hangs.
 */
export const FIRST_STATE_WAIT_MS = 3000

/** The map's state for the page that opens it (map-state.ts), or null after `waitMs`. */
export function firstState(
  mapId: string,
  token: string,
  waitMs: number = FIRST_STATE_WAIT_MS,
): MapState {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs)
  })
  return Promise.race([takeMapState(mapId, token), late]).finally(() => clearTimeout(timer))
}

/**
 * A new doc holding the state, or null when it cannot be used as it is. The server sends what
 * it stored; a map stored before a schema migration is migrated only by the collaboration
 * server, once, so such a state (and anything that is not a Yjs update) is left out and the
 * connection's sync brings the map instead.
 */
export function docFromFirstState(state: Uint8Array): Y.Doc | null {
  const doc = new Y.Doc()
  try {
    // Into a doc nobody observes yet: no origin needed to tell it from edits.
    Y.applyUpdate(doc, state)
    if (documentSchemaVersion(doc) === CURRENT_SCHEMA_VERSION) return doc
  } catch {
    // Not a Yjs update: as if there were no state.
  }
  doc.destroy()
  return null
}
