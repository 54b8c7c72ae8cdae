import Database from 'better-sqlite3'
import type { MapId } from '../../../shared/src/index.ts'
import type { JournalEntry, MapRecord, MapStore, StoredDocument, TokenHashes } from './map-store.ts'
import { sqliteMeetingStore } from './sqlite-meeting.ts'
import { prepareDatabase } from './sqlite-schema.ts'

/** The file name of the SQLite store inside DATA_DIR. */
export const SQLITE_FILE_NAME = 'quartiersnetz.sqlite'

interface MapRow {
  id: string
  title: string
  area: string | null
  edit_token_hash: string
  view_token_hash: string
  created_at: number
  facilitator_token_hash: string | null
  locked: number
}

// better-sqlite3 binds Buffers, not plain Uint8Arrays; this view copies nothing.
const toBuffer = (data: Uint8Array): Buffer =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength)

const toRecord = (row: MapRow): MapRecord => ({
  id: row.id as MapId,
  title: row.title,
  area: row.area,
  editTokenHash: row.edit_token_hash,
  viewTokenHash: row.view_token_hash,
  createdAt: row.created_at,
  facilitatorTokenHash: row.facilitator_token_hash,
  locked: row.locked === 1,
})

/** Thrown by `createMap` for the id of a deleted map: it never comes back. */
export class MapDeletedError extends Error {}

/** Opens (and creates or migrates) the SQLite store at `file`. */
export function openSqliteStore(file: string): MapStore {
  const db = new Database(file)
  try {
    prepareDatabase(db)
  } catch (error) {
    db.close()
    throw error
  }
  const statements = {
    insertMap: db.prepare(
      `INSERT INTO maps (id, title, area, edit_token_hash, view_token_hash, created_at,
         facilitator_token_hash, locked)
       VALUES (@id, @title, @area, @editTokenHash, @viewTokenHash, @createdAt,
         @facilitatorTokenHash, @locked)`,
    ),
    tombstone: db.prepare(
      'INSERT INTO map_tombstones (id, deleted_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    ),
    selectTombstone: db.prepare('SELECT 1 FROM map_tombstones WHERE id = ?'),
    setLocked: db.prepare('UPDATE maps SET locked = ? WHERE id = ?'),
    setEditHash: db.prepare('UPDATE maps SET edit_token_hash = ? WHERE id = ?'),
    setViewHash: db.prepare('UPDATE maps SET view_token_hash = ? WHERE id = ?'),
    selectMap: db.prepare('SELECT * FROM maps WHERE id = ?'),
    selectSnapshot: db.prepare('SELECT data FROM snapshots WHERE map_id = ?'),
    selectJournal: db.prepare('SELECT seq, data FROM journal WHERE map_id = ? ORDER BY seq'),
    upsertSnapshot: db.prepare(
      `INSERT INTO snapshots (map_id, data, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (map_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    ),
    insertJournal: db.prepare('INSERT INTO journal (map_id, data, created_at) VALUES (?, ?, ?)'),
    deleteJournalUpTo: db.prepare('DELETE FROM journal WHERE map_id = ? AND seq <= ?'),
    updateInfo: db.prepare('UPDATE maps SET title = ?, area = ? WHERE id = ?'),
    deleteMap: db.prepare('DELETE FROM maps WHERE id = ?'),
  }

  const createMap = db.transaction((record: MapRecord, snapshot: Uint8Array) => {
    if (statements.selectTombstone.get(record.id) !== undefined) throw new MapDeletedError()
    statements.insertMap.run({
      id: record.id,
      title: record.title,
      area: record.area,
      editTokenHash: record.editTokenHash,
      viewTokenHash: record.viewTokenHash,
      createdAt: record.createdAt,
      facilitatorTokenHash: record.facilitatorTokenHash ?? null,
      locked: record.locked ? 1 : 0,
    })
    statements.upsertSnapshot.run(record.id, toBuffer(snapshot), record.createdAt)
  })

  // One read transaction, so a concurrent compaction by another process is seen whole or not.
  const loadDocument = db.transaction((id: string): StoredDocument | null => {
    if (statements.selectMap.get(id) === undefined) return null
    const snapshot = statements.selectSnapshot.get(id) as { data: Buffer } | undefined
    const journal = statements.selectJournal.all(id) as JournalEntry[]
    return { snapshot: snapshot?.data ?? null, journal }
  })

  const compact = db.transaction((id: string, snapshot: Uint8Array, uptoSeq: number) => {
    if (statements.selectMap.get(id) === undefined) return
    statements.upsertSnapshot.run(id, toBuffer(snapshot), Date.now())
    statements.deleteJournalUpTo.run(id, uptoSeq)
  })

  const deleteMap = db.transaction((id: string) => {
    // Snapshot, journal, sessions, attendance, changes, votes and dots go with it (CASCADE).
    statements.deleteMap.run(id)
    statements.tombstone.run(id, Date.now())
  })

  const rotate = db.transaction((id: string, hashes: TokenHashes) => {
    if (hashes.editTokenHash) statements.setEditHash.run(hashes.editTokenHash, id)
    if (hashes.viewTokenHash) statements.setViewHash.run(hashes.viewTokenHash, id)
  })

  return {
    ...sqliteMeetingStore(db),
    async createMap(record, initialSnapshot) {
      createMap(record, initialSnapshot)
    },
    async getMap(id) {
      const row = statements.selectMap.get(id) as MapRow | undefined
      return row ? toRecord(row) : null
    },
    async loadDocument(id) {
      return loadDocument(id)
    },
    appendUpdate(id, update) {
      // A single autocommit INSERT: committed to the WAL when run() returns.
      const result = statements.insertJournal.run(id, toBuffer(update), Date.now())
      return Number(result.lastInsertRowid)
    },
    async compact(id, snapshot, uptoSeq) {
      compact(id, snapshot, uptoSeq)
    },
    async updateMapInfo(id, info) {
      statements.updateInfo.run(info.title, info.area, id)
    },
    async deleteMap(id) {
      deleteMap(id)
      // secure_delete zeroes the freed pages, but the old page images stay in the WAL until a
      // checkpoint: fold and truncate it, so the deleted map is gone from the files on disk.
      db.pragma('wal_checkpoint(TRUNCATE)')
    },
    async isDeleted(id) {
      return statements.selectTombstone.get(id) !== undefined
    },
    async setLocked(id, locked) {
      statements.setLocked.run(locked ? 1 : 0, id)
    },
    async rotateTokens(id, hashes) {
      rotate(id, hashes)
    },
    async close() {
      if (db.open) db.close()
    },
  }
}
