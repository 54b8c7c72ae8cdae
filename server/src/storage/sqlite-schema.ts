import type Database from 'better-sqlite3'

/*
 * SQL migrations of the SQLite store, in order. A released entry never changes; a schema
 * change appends one. This is the database's own version, independent of the Yjs document's
 * schemaVersion (shared/src/schema/migrations.ts).
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE maps (
     id TEXT PRIMARY KEY NOT NULL,
     title TEXT NOT NULL,
     area TEXT,
     edit_token_hash TEXT NOT NULL,
     view_token_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE snapshots (
     map_id TEXT PRIMARY KEY NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
     data BLOB NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE journal (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
     data BLOB NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX journal_map_seq ON journal(map_id, seq);`,
  // Meeting mode: the moderation link, the lock, deleted ids, sessions, attendance,
  // attribution and dot votes. Everything of a map goes with it (ON DELETE CASCADE).
  `ALTER TABLE maps ADD COLUMN facilitator_token_hash TEXT;
   ALTER TABLE maps ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE map_tombstones (
     id TEXT PRIMARY KEY NOT NULL,
     deleted_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     id TEXT PRIMARY KEY NOT NULL,
     map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     date TEXT NOT NULL,
     place TEXT,
     facilitator TEXT,
     started_at INTEGER NOT NULL,
     ended_at INTEGER,
     start_snapshot BLOB NOT NULL,
     end_snapshot BLOB
   );
   CREATE INDEX sessions_map ON sessions(map_id, started_at);
   CREATE UNIQUE INDEX sessions_one_open ON sessions(map_id) WHERE ended_at IS NULL;
   CREATE TABLE attendance (
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     name TEXT NOT NULL,
     organisation TEXT,
     present INTEGER NOT NULL,
     first_seen_at INTEGER NOT NULL,
     PRIMARY KEY (session_id, participant_id)
   );
   CREATE TABLE changes (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     at INTEGER NOT NULL,
     participant_id TEXT,
     name TEXT,
     node_ids TEXT NOT NULL,
     edge_ids TEXT NOT NULL
   );
   CREATE INDEX changes_session ON changes(session_id, at);
   CREATE TABLE votes (
     id TEXT PRIMARY KEY NOT NULL,
     map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
     session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
     question TEXT NOT NULL,
     dots_per_person INTEGER NOT NULL,
     opened_at INTEGER NOT NULL,
     closed_at INTEGER,
     revealed INTEGER NOT NULL DEFAULT 0
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
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length

/** Thrown when the file was written by a newer Quartiersnetz. */
export class DatabaseTooNewError extends Error {}

/**
 * Sets the connection's pragmas and brings the schema up to date. Runs in an IMMEDIATE
 * transaction so two processes opening a fresh file at once do not both migrate it.
 */
export function prepareDatabase(db: Database.Database): void {
  // WAL keeps a committed transaction through a process crash even with synchronous=NORMAL,
  // without an fsync per commit (DESIGN.md §3).
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  // A second store on the same file (another process) waits instead of failing with BUSY.
  db.pragma('busy_timeout = 5000')
  // A deleted map must not linger in freed pages of the file (personal data, GDPR erasure).
  db.pragma('secure_delete = ON')
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)')
    const row = db.prepare('SELECT version FROM schema_version').get() as
      | { version: number }
      | undefined
    const current = row?.version ?? 0
    if (current > SQLITE_SCHEMA_VERSION) {
      throw new DatabaseTooNewError(
        `Database schema version ${current} is newer than ${SQLITE_SCHEMA_VERSION}`,
      )
    }
    for (const sql of MIGRATIONS.slice(current)) db.exec(sql)
    if (row === undefined) {
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SQLITE_SCHEMA_VERSION)
    } else if (current !== SQLITE_SCHEMA_VERSION) {
      db.prepare('UPDATE schema_version SET version = ?').run(SQLITE_SCHEMA_VERSION)
    }
  }).immediate()
}
