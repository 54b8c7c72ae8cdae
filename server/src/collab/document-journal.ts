import * as Y from 'yjs'
import { type MapId, readMeta } from '../../../shared/src/index.ts'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'
import type { MapStore } from '../storage/map-store.ts'
import { LOAD_ORIGIN } from './origins.ts'

// y-protocols/sync message types: the two that carry a client's changes.
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** What the server remembers about the journal of one open document. */
interface JournalState {
  lastSeq: number
  /** Whether the journal holds updates that are not in the stored snapshot yet. */
  dirty: boolean
}

const journals = new WeakMap<Y.Doc, JournalState>()

/**
 * Rebuilds a document from storage: the snapshot, then each journal entry in order. An entry
 * that does not apply is skipped and logged rather than making the whole map unreadable.
 * Returns false when the map does not exist (any more).
 */
export async function loadFromStore(
  store: MapStore,
  mapId: MapId,
  doc: Y.Doc,
  logger: Logger,
): Promise<boolean> {
  const stored = await store.loadDocument(mapId)
  if (!stored) return false
  let lastSeq = 0
  withoutUpdateEvents(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, LOAD_ORIGIN)
    for (const entry of stored.journal) {
      lastSeq = Math.max(lastSeq, entry.seq)
      try {
        Y.applyUpdate(doc, entry.data, LOAD_ORIGIN)
      } catch (error) {
        logger.error('skipped a journal entry that does not apply', {
          mapId,
          seq: entry.seq,
          error: errorMessage(error),
        })
      }
    }
  })
  journals.set(doc, { lastSeq, dirty: stored.journal.length > 0 })
  return true
}

/**
 * Runs `load` with the document's 'update' listeners set aside. Yjs encodes every transaction
 * again for its 'update' event whenever anyone listens, and a Hocuspocus Document always does
 * (to broadcast): so loading a stored map encoded the whole map a second time (about a fifth
 * of a cold load of a 1 000-node map) only to queue it for connections that do not exist yet
 * (they join after onLoadDocument) and to call an onUpdate hook Hocuspocus sets only after
 * loading. What is stored is not a change: nobody needs to hear of it. The listeners are
 * put back even when loading throws. (`_observers` is lib0 ObservableV2's listener map.)
 */
function withoutUpdateEvents(doc: Y.Doc, load: () => void): void {
  const observers = (doc as unknown as { _observers: Map<string, unknown> })._observers
  const listeners = observers.get('update')
  observers.delete('update')
  try {
    load()
  } finally {
    if (listeners !== undefined) observers.set('update', listeners)
  }
}

/**
 * Journals every later change of the document before anyone is told about it.
 *
 * Why this is enough for "a confirmed edit is durable": Hocuspocus applies a client's update
 * synchronously (MessageReceiver.readSyncMessage → Y.applyUpdate), Yjs emits `update`
 * synchronously at the end of that transaction, and only after `applyUpdate` returns does
 * Hocuspocus send SyncStatus(true) to the sender. The SQLite append below is a synchronous,
 * committed INSERT, so by the time the client hears "synced" the update is in the WAL. If the
 * append throws, the exception unwinds through applyUpdate, Hocuspocus resets that connection
 * without the ack, and the provider sends the update again when it reconnects.
 */
export function attachJournal(store: MapStore, mapId: MapId, doc: Y.Doc, logger: Logger): void {
  const state = journals.get(doc) ?? { lastSeq: 0, dirty: false }
  journals.set(doc, state)
  if (store.appendsAsynchronously) {
    attachAsyncJournal(store, mapId, doc, state, logger)
    return
  }
  doc.on('update', (update: Uint8Array) => {
    try {
      const seq = store.appendUpdate(mapId, update)
      if (typeof seq !== 'number') throw new Error('an asynchronous store must say so')
      state.lastSeq = seq
      state.dirty = true
    } catch (error) {
      // The update is in memory (and may already be on its way to others): the next
      // compaction must snapshot it even though its journal row is missing.
      state.dirty = true
      logger.error('could not journal an update', { mapId, error: errorMessage(error) })
      throw error
    }
  })
}

/**
 * Folds the journal into a new snapshot. The state is encoded in the same synchronous step
 * that reads the last journaled seq, so the snapshot holds exactly the updates it replaces.
 */
export async function compactDocument(store: MapStore, mapId: MapId, doc: Y.Doc): Promise<void> {
  const state = journals.get(doc)
  if (!state?.dirty) return
  const snapshot = Y.encodeStateAsUpdate(doc)
  const uptoSeq = state.lastSeq
  const meta = readMeta(doc)
  state.dirty = false
  try {
    await store.compact(mapId, snapshot, uptoSeq)
    await store.updateMapInfo(mapId, { title: meta.title, area: meta.area ?? null })
  } catch (error) {
    state.dirty = true
    throw error
  }
}

/** Who applied a transaction, as far as the journal cares (Hocuspocus transaction origins). */
const originOf = (origin: unknown): { source?: unknown; connection?: object } =>
  typeof origin === 'object' && origin !== null ? origin : {}

/**
 * Connections whose message being handled now was journaled in `beforeSync`. Hocuspocus
 * handles one message of a connection at a time, so one flag per connection is enough.
 */
const journaledNow = new WeakSet<object>()

/**
 * The journal for a store whose appends are asynchronous (PostgreSQL). A client's update was
 * journaled in `beforeSync` before it was applied (see `journalClientUpdate`); an update from
 * another instance (Redis) was journaled by that instance before it confirmed it. Everything
 * else is the server's own work (migration, dangling-edge sweep, import through a direct
 * connection): it is appended here without waiting, and compaction snapshots it anyway.
 */
function attachAsyncJournal(
  store: MapStore,
  mapId: MapId,
  doc: Y.Doc,
  state: JournalState,
  logger: Logger,
): void {
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    const { source, connection } = originOf(origin)
    if (source === 'redis') return
    // Journaled before it was applied; one that was not (the connection was read-only in
    // beforeSync and unlocked just before the apply) is appended below, like the server's own.
    if (source === 'connection' && connection && journaledNow.has(connection)) return
    state.dirty = true
    Promise.resolve(store.appendUpdate(mapId, update)).then(
      (seq) => {
        state.lastSeq = Math.max(state.lastSeq, seq)
      },
      (error: unknown) => {
        logger.error('could not journal an update', { mapId, error: errorMessage(error) })
      },
    )
  })
}

/** Whether a client's update carries anything to journal; false for garbage and no-ops. */
function worthJournaling(doc: Y.Doc, type: number, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    // Never journal poison: Hocuspocus fails to apply it and closes the connection.
    return false
  }
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return false
  // A reconnecting client's SyncStep2 often holds only what the server has already.
  // (Y.snapshot is O(document); a connect is rare enough, an edit is not.)
  return type !== SYNC_STEP_2 || !Y.snapshotContainsUpdate(Y.snapshot(doc), update)
}

/**
 * Journal-before-ack for an asynchronous store, from Hocuspocus' awaited `beforeSync` hook.
 * Hocuspocus calls it with the raw SyncStep2 or Update of a client BEFORE it applies the update
 * and before it sends SyncStatus(true) (MessageReceiver.readSyncMessage), and handles one
 * message of a connection at a time: so a confirmed edit is committed to the database. When
 * the append fails, the hook throws, Hocuspocus closes the connection without the ack, and
 * the provider sends the update again after reconnecting. Read-only connections are skipped:
 * their updates are never applied. Does nothing for a synchronous store (SQLite journals in
 * the `update` event instead).
 */
export async function journalClientUpdate(
  store: MapStore,
  mapId: MapId,
  doc: Y.Doc,
  message: {
    readonly type: number
    readonly payload: Uint8Array
    readonly readOnly: boolean
    /** The Hocuspocus connection the message came from. */
    readonly connection: object
  },
  logger: Logger,
): Promise<void> {
  journaledNow.delete(message.connection)
  if (!store.appendsAsynchronously || message.readOnly) return
  if (message.type !== SYNC_STEP_2 && message.type !== SYNC_UPDATE) return
  if (!worthJournaling(doc, message.type, message.payload)) return
  const state = journals.get(doc)
  try {
    const seq = await store.appendUpdate(mapId, message.payload)
    journaledNow.add(message.connection)
    if (state) {
      state.lastSeq = Math.max(state.lastSeq, seq)
      state.dirty = true
    }
  } catch (error) {
    logger.error('could not journal an update', { mapId, error: errorMessage(error) })
    throw error
  }
}
