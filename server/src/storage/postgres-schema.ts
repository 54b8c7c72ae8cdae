import type { Pool, PoolClient } from 'pg'

/*
 * SQL migrations of the PostgreSQL store, in order. A released entry never changes; a schema
 * change appends one. The same tables as the SQLite store (sqlite-schema.ts), in PostgreSQL
 * types: times are milliseconds since the epoch (BIGINT), documents are BYTEA.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE maps (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     area TEXT,
     edit_token_hash TEXT NOT NULL,
     view_token_hash TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     facilitator_token_hash TEXT,
     locked BOOLEAN NOT NULL DEFAULT FALSE
   );
   CREATE TABLE map_tombstones (
     id TEXT PRIMARY KEY,
     deleted_at BIGINT NOT NULL
   );
   CREATE TABLE snapshots (
     map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
     data BYTEA NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE TABLE journal (
     seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
     data BYTEA NOT NULL,
     created_at BIGINT NOT NULL
   );
   CREATE INDEX journal_map_seq ON journal(map_id, seq);
   CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     date TEXT NOT NULL,
     place TEXT,
     facilitator TEXT,
     started_at BIGINT NOT NULL,
     ended_at BIGINT,
     start_snapshot BYTEA NOT NULL,
     end_snapshot BYTEA,
     created_seq BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE INDEX sessions_map ON sessions(map_id, started_at);
   CREATE UNIQUE INDEX sessions_one_open ON sessions(map_id) WHERE ended_at IS NULL;
   CREATE TABLE attendance (
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     name TEXT NOT NULL,
     organisation TEXT,
     present BOOLEAN NOT NULL,
     first_seen_at BIGINT NOT NULL,
     PRIMARY KEY (session_id, participant_id)
   );
   CREATE TABLE changes (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     at BIGINT NOT NULL,
     participant_id TEXT,
     name TEXT,
     node_ids JSONB NOT NULL,
     edge_ids JSONB NOT NULL
   );
   CREATE INDEX changes_session ON changes(session_id, at);
   CREATE TABLE votes (
     id TEXT PRIMARY KEY,
     map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
     session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
     question TEXT NOT NULL,
     dots_per_person INTEGER NOT NULL,
     opened_at BIGINT NOT NULL,
     closed_at BIGINT,
     revealed BOOLEAN NOT NULL DEFAULT FALSE,
     created_seq BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE INDEX votes_map ON votes(map_id, opened_at);
   CREATE TABLE dots (
     vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     record_id TEXT NOT NULL,
     dots INTEGER NOT NULL,
     PRIMARY KEY (vote_id, participant_id, record_id)
   );`,
]

/** The database schema version this code writes. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length

/** Thrown when the database was migrated by a newer Quartiersnetz. */
export class PostgresTooNewError extends Error {}

// Any constant works; it only has to be the same for every instance of the server.
const MIGRATION_LOCK = 0x5157_4e45

/** Runs `work` in one transaction on one pooled connection; rolls back when it throws. */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * Brings the schema up to date. Several server instances may start at once: a transaction-
 * scoped advisory lock lets one migrate while the others wait, then find nothing to do.
 */
export async function preparePostgres(pool: Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version')
    const current = rows[0]?.version ?? 0
    if (current > POSTGRES_SCHEMA_VERSION) {
      throw new PostgresTooNewError(
        `Database schema version ${current} is newer than ${POSTGRES_SCHEMA_VERSION}`,
      )
    }
    for (const sql of MIGRATIONS.slice(current)) await client.query(sql)
    if (rows.length === 0) {
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [
        POSTGRES_SCHEMA_VERSION,
      ])
    } else if (current !== POSTGRES_SCHEMA_VERSION) {
      await client.query('UPDATE schema_version SET version = $1', [POSTGRES_SCHEMA_VERSION])
    }
  })
}
