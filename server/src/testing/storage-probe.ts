import { join } from 'node:path'
import Database from 'better-sqlite3'
import { SQLITE_FILE_NAME } from '../storage/sqlite-store.ts'

/**
 * Whether `text` occurs anywhere in the server's SQLite file: any table, any column, text or
 * blob (Yjs updates keep strings as UTF-8). Deliberately ignorant of the schema, so it still
 * finds a trace when a table is added. Reads through SQLite, so the WAL is included.
 */
export function storageMentions(dataDir: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8')
  const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string
    }[]
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
        .raw()
        .all()
      for (const row of rows as unknown[][]) {
        for (const value of row) {
          if (typeof value === 'string' && value.includes(text)) return true
          if (Buffer.isBuffer(value) && value.includes(needle)) return true
        }
      }
    }
    return false
  } finally {
    db.close()
  }
}
