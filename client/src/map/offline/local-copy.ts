import { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'
import { CLOSE_REASONS } from '../../../../shared/src/meeting/meeting-messages.ts'
import { deleteLocalCopy, localCopyName } from './local-copy-store.ts'

/*
 * The map's offline copy in this browser (IndexedDB, one database per map). It lets a participant
 * whose Wi-Fi drops keep working, and shows the map at once after a reload. Privacy: when the
 * server says the map was deleted or the link revoked, the copy is deleted, never re-uploaded.
 */

const CONFIRMED_KEY = 'confirmed'

export interface LocalCopy {
  /** Resolves once the stored state is in the doc; `true` when there was any. */
  readonly loaded: Promise<boolean>
  /** Stops saving (the stored copy stays). */
  readonly close: () => Promise<void>
  /** Stops saving and deletes the stored copy. */
  readonly clear: () => Promise<void>
  /** The transaction origin of the copy's load, to tell it from edits. */
  readonly origin: unknown
  /** The state the server last confirmed (see confirmed-state.ts), if stored. */
  readonly readConfirmed: () => Promise<Uint8Array | undefined>
  /** Stores the state the server confirmed, next to the copy (deleted with it). */
  readonly writeConfirmed: (state: Uint8Array) => void
}

/** Loads the map's stored copy into `doc` and keeps saving every change of `doc`. */
export function openLocalCopy(mapId: string, doc: Y.Doc): LocalCopy {
  if (typeof indexedDB === 'undefined') {
    const none = async () => {}
    return {
      loaded: Promise.resolve(false),
      close: none,
      clear: none,
      origin: null,
      readConfirmed: async () => undefined,
      writeConfirmed: () => {},
    }
  }
  const before = doc.store.clients.size
  const persistence = new IndexeddbPersistence(localCopyName(mapId), doc)
  // Storage may be refused (private mode, quota): the map still works, only without a copy.
  const loaded = persistence.whenSynced.then(
    () => doc.store.clients.size > before,
    () => false,
  )
  persistence._db.catch(() => {})
  let cleared: Promise<void> | null = null
  return {
    loaded,
    origin: persistence,
    readConfirmed: () =>
      persistence.get(CONFIRMED_KEY).then(
        (value) => (value instanceof ArrayBuffer ? new Uint8Array(value) : undefined),
        () => undefined,
      ),
    writeConfirmed: (state) => {
      if (!cleared) persistence.set(CONFIRMED_KEY, state.slice().buffer).catch(() => {})
    },
    close: () => (cleared ? cleared : persistence.destroy().catch(() => {})),
    clear: () => {
      cleared ??= persistence.clearData().catch(() => deleteLocalCopy(mapId))
      return cleared
    },
  }
}

/** Whether a close reason means the map's local copy must go (map deleted, link revoked). */
export function forgetsLocalCopy(reason: string): boolean {
  return reason === CLOSE_REASONS.mapDeleted || reason === CLOSE_REASONS.linkRotated
}
