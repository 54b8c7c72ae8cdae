import pg from 'pg'
import * as Y from 'yjs'
import type { MapId } from '../../../shared/src/index.ts'
import type { MapRecord, MapStore, StoredDocument } from './map-store.ts'
import { postgresMeetingStore } from './postgres-meeting.ts'
import { inTransaction, preparePostgres } from './postgres-schema.ts'
import { MapDeletedError } from './sqlite-store.ts'

interface MapRow {
  id: string
  title: string
  area: string | null
  edit_token_hash: string
  view_token_hash: string
  created_at: string
  facilitator_token_hash: string | null
  locked: boolean
}

export interface PostgresStoreOptions {
  /** A schema to work in instead of the connection's default (tests; one schema per run). */
  readonly schema?: string
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number
}

const toRecord = (row: MapRow): MapRecord => ({
  id: row.id as MapId,
  title: row.title,
  area: row.area,
  editTokenHash: row.edit_token_hash,
  viewTokenHash: row.view_token_hash,
  createdAt: Number(row.created_at),
  facilitatorTokenHash: row.facilitator_token_hash,
  locked: row.locked,
})

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/**
 * The union of encoded states, as one encoded state. Applied to a fresh Y.Doc rather than
 * `Y.mergeUpdates`, because the Doc garbage-collects content that one input deleted, while
 * mergeUpdates may keep the deleted text of the older input (a deleted label must not linger).
 */
function union(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  const merged = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return merged
}

/** Opens the PostgreSQL store at `connectionString` and brings its schema up to date. */
export async function openPostgresStore(
  connectionString: string,
  options: PostgresStoreOptions = {},
): Promise<MapStore> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error('invalid schema name')
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  })
  // An idle client that loses its connection (database restart) must not crash the process;
  // the pool drops it and the next query opens a new one.
  pool.on('error', () => undefined)
  try {
    await preparePostgres(pool)
  } catch (error) {
    await pool.end()
    throw error
  }
  let closed: Promise<void> | undefined

  return {
    ...postgresMeetingStore(pool),
    appendsAsynchronously: true,
    async createMap(record, initialSnapshot) {
      await inTransaction(pool, async (db) => {
        const dead = await db.query('SELECT 1 FROM map_tombstones WHERE id = $1', [record.id])
        if (dead.rowCount) throw new MapDeletedError()
        await db.query(
          `INSERT INTO maps (id, title, area, edit_token_hash, view_token_hash, created_at,
             facilitator_token_hash, locked) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            record.id,
            record.title,
            record.area,
            record.editTokenHash,
            record.viewTokenHash,
            record.createdAt,
            record.facilitatorTokenHash ?? null,
            record.locked === true,
          ],
        )
        await db.query('INSERT INTO snapshots (map_id, data, updated_at) VALUES ($1, $2, $3)', [
          record.id,
          Buffer.from(initialSnapshot),
          record.createdAt,
        ])
      })
    },
    async getMap(id) {
      const { rows } = await pool.query<MapRow>('SELECT * FROM maps WHERE id = $1', [id])
      return rows[0] ? toRecord(rows[0]) : null
    },
    async loadDocument(id) {
      // One snapshot of the database: a compaction by another instance is seen whole or not.
      return inTransaction(pool, async (db): Promise<StoredDocument | null> => {
        await db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
        const map = await db.query('SELECT 1 FROM maps WHERE id = $1', [id])
        if (!map.rowCount) return null
        const snapshot = await db.query<{ data: Buffer }>(
          'SELECT data FROM snapshots WHERE map_id = $1',
          [id],
        )
        const journal = await db.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM journal WHERE map_id = $1 ORDER BY seq',
          [id],
        )
        return {
          snapshot: snapshot.rows[0]?.data ?? null,
          journal: journal.rows.map((row) => ({ seq: Number(row.seq), data: row.data })),
        }
      })
    },
    async appendUpdate(id, update) {
      // An autocommit INSERT: with PostgreSQL's default synchronous_commit=on it is flushed to
      // the write-ahead log before the promise resolves.
      const { rows } = await pool.query<{ seq: string }>(
        'INSERT INTO journal (map_id, data, created_at) VALUES ($1, $2, $3) RETURNING seq',
        [id, Buffer.from(update), Date.now()],
      )
      return Number(rows[0]?.seq)
    },
    async compact(id, snapshot, uptoSeq) {
      await inTransaction(pool, async (db) => {
        // A snapshot row to lock, should the map have none yet (it always has one).
        await db.query(
          `INSERT INTO snapshots (map_id, data, updated_at) SELECT id, $2, $3 FROM maps
           WHERE id = $1 ON CONFLICT DO NOTHING`,
          [id, Buffer.from([0, 0]), Date.now()],
        )
        // The row lock serialises compactions of one map across instances; appends do not
        // wait for it (the journal references maps, not snapshots).
        const stored = await db.query<{ data: Buffer }>(
          'SELECT data FROM snapshots WHERE map_id = $1 FOR UPDATE',
          [id],
        )
        const existing = stored.rows[0]?.data
        if (!existing) return
        // Another instance may have journaled entries below uptoSeq that this instance has
        // not seen yet (Redis is not instant): every deleted entry goes into the snapshot. One
        // statement deletes and returns them, so nothing can slip in between.
        const removed = await db.query<{ data: Buffer }>(
          'DELETE FROM journal WHERE map_id = $1 AND seq <= $2 RETURNING data',
          [id, uptoSeq],
        )
        const merged = union([existing, ...removed.rows.map((row) => row.data), snapshot])
        await db.query('UPDATE snapshots SET data = $2, updated_at = $3 WHERE map_id = $1', [
          id,
          Buffer.from(merged),
          Date.now(),
        ])
      })
    },
    async updateMapInfo(id, info) {
      await pool.query('UPDATE maps SET title = $2, area = $3 WHERE id = $1', [
        id,
        info.title,
        info.area,
      ])
    },
    async deleteMap(id) {
      // The rows are gone for every reader at commit; their space is reclaimed by (auto)VACUUM,
      // which is the database administrator's job (README: Betrieb mit mehreren Instanzen).
      await inTransaction(pool, async (db) => {
        await db.query('DELETE FROM maps WHERE id = $1', [id])
        await db.query(
          'INSERT INTO map_tombstones (id, deleted_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [id, Date.now()],
        )
      })
    },
    async isDeleted(id) {
      const { rowCount } = await pool.query('SELECT 1 FROM map_tombstones WHERE id = $1', [id])
      return (rowCount ?? 0) > 0
    },
    async setLocked(id, locked) {
      await pool.query('UPDATE maps SET locked = $2 WHERE id = $1', [id, locked])
    },
    async rotateTokens(id, hashes) {
      await pool.query(
        `UPDATE maps SET edit_token_hash = COALESCE($2, edit_token_hash),
           view_token_hash = COALESCE($3, view_token_hash) WHERE id = $1`,
        [id, hashes.editTokenHash || null, hashes.viewTokenHash || null],
      )
    },
    async close() {
      closed ??= pool.end()
      await closed
    },
  }
}
