import type { MapId } from '../../../shared/src/index.ts'
import type { MeetingStore } from './meeting-store.ts'

/** A map's row: what the server knows about a map outside its Yjs document. */
export interface MapRecord {
  readonly id: MapId
  readonly title: string
  readonly area: string | null
  /** SHA-256 (hex) of the edit token; the token itself is never stored. */
  readonly editTokenHash: string
  /** SHA-256 (hex) of the view token. */
  readonly viewTokenHash: string
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  /**
   * SHA-256 (hex) of the moderation (facilitator) token; null for maps created before the
   * moderation link existed. Optional on input so older callers keep compiling.
   */
  readonly facilitatorTokenHash?: string | null
  /** Whether participants' (edit) connections are read-only. Optional on input (false). */
  readonly locked?: boolean
}

/** New token hashes for `rotateTokens`; an absent hash stays as it is. */
export interface TokenHashes {
  readonly editTokenHash?: string
  readonly viewTokenHash?: string
}

/** One journaled Yjs update, in the order it was appended. */
export interface JournalEntry {
  readonly seq: number
  readonly data: Uint8Array
}

/** What it takes to rebuild a map's Y.Doc: the last snapshot, then every later update. */
export interface StoredDocument {
  readonly snapshot: Uint8Array | null
  readonly journal: readonly JournalEntry[]
}

/**
 * The one storage interface of the server (DESIGN.md §3). Every implementation must pass
 * `store-contract.ts`.
 *
 * `appendUpdate` is synchronous for SQLite on purpose: the collab layer calls it inside the
 * Y.Doc's `update` event, and Hocuspocus confirms an edit to its sender only after that event
 * returns, so "returned" must mean "durable" (journal-before-ack). A store whose driver is
 * asynchronous (PostgreSQL) says so with `appendsAsynchronously` and returns a promise; the
 * collab layer then journals each client update in the awaited `beforeSync` hook, before it is
 * applied and confirmed (collab/document-journal.ts).
 */
export interface MapStore extends MeetingStore {
  /** Creates a map with its first snapshot, in one transaction. */
  createMap(record: MapRecord, initialSnapshot: Uint8Array): Promise<void>
  /** The map's row, or null when no such map exists. */
  getMap(id: MapId): Promise<MapRecord | null>
  /** The snapshot and the journal after it, or null when no such map exists. */
  loadDocument(id: MapId): Promise<StoredDocument | null>
  /**
   * True when `appendUpdate` returns a promise (durable when it resolves); absent or false
   * when it returns the seq itself (durable when it returns).
   */
  readonly appendsAsynchronously?: boolean
  /** Appends one update to the map's journal. Returns its seq (see above). */
  appendUpdate(id: MapId, update: Uint8Array): number | Promise<number>
  /**
   * Replaces the snapshot and deletes the journal entries up to `uptoSeq`, in one
   * transaction. `snapshot` must contain every update with seq ≤ uptoSeq. A store shared by
   * several server instances must not trust that: it merges the stored snapshot, the deleted
   * entries and `snapshot` instead of overwriting (postgres-store.ts).
   */
  compact(id: MapId, snapshot: Uint8Array, uptoSeq: number): Promise<void>
  /** Keeps the map's title and area in its row in step with the document. */
  updateMapInfo(
    id: MapId,
    info: { readonly title: string; readonly area: string | null },
  ): Promise<void>
  /**
   * Deletes the map, its snapshot, its journal and everything of its meetings, and leaves a
   * tombstone: `createMap` refuses the id for ever after.
   */
  deleteMap(id: MapId): Promise<void>
  /** Whether the map was deleted (a tombstone exists). */
  isDeleted(id: MapId): Promise<boolean>
  /** Locks or unlocks the map (participants read-only). */
  setLocked(id: MapId, locked: boolean): Promise<void>
  /** Replaces the edit and/or view token hash; the old tokens stop working at once. */
  rotateTokens(id: MapId, hashes: TokenHashes): Promise<void>
  /** Closes the store; idempotent. */
  close(): Promise<void>
}
