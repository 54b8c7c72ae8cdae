import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { newMapId } from '../../../shared/src/index.ts'
import { runMeetingStoreContract } from './meeting-store-contract.ts'
import { SQLITE_SCHEMA_VERSION } from './sqlite-schema.ts'
import { openSqliteStore, SQLITE_FILE_NAME } from './sqlite-store.ts'
import { runStoreContract } from './store-contract.ts'

function tempFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qn-store-'))
  return { dir, file: join(dir, SQLITE_FILE_NAME) }
}

const sqliteHarness = async () => {
  const { dir, file } = tempFile()
  return {
    open: async () => openSqliteStore(file),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  }
}
runStoreContract('SQLite', sqliteHarness)
runMeetingStoreContract('SQLite', sqliteHarness)

describe('SQLite store file', () => {
  it('is in WAL mode and records its schema version', async () => {
    const { dir, file } = tempFile()
    const store = openSqliteStore(file)
    await store.close()
    const db = new Database(file, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({
      version: SQLITE_SCHEMA_VERSION,
    })
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a file written by a newer schema version', async () => {
    const { dir, file } = tempFile()
    await openSqliteStore(file).close()
    const db = new Database(file)
    db.prepare('UPDATE schema_version SET version = ?').run(SQLITE_SCHEMA_VERSION + 1)
    db.close()
    expect(() => openSqliteStore(file)).toThrow(/newer/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('keeps an append of a process that is killed right after it', async () => {
    const { dir, file } = tempFile()
    const store = openSqliteStore(file)
    const id = newMapId()
    await store.createMap(
      { id, title: 't', area: null, editTokenHash: 'a', viewTokenHash: 'b', createdAt: 1 },
      new Uint8Array([0, 0]),
    )
    await store.close()
    const storeModule = new URL('./sqlite-store.ts', import.meta.url).pathname
    const script = `
      const { openSqliteStore } = await import(${JSON.stringify(storeModule)})
      const store = openSqliteStore(${JSON.stringify(file)})
      store.appendUpdate(${JSON.stringify(id)}, new Uint8Array([1, 2, 3]))
      process.kill(process.pid, 'SIGKILL')`
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script])
    expect(child.signal).toBe('SIGKILL')
    const reopened = openSqliteStore(file)
    const stored = await reopened.loadDocument(id)
    expect(stored?.journal.map((e) => [...e.data])).toEqual([[1, 2, 3]])
    const db = new Database(file, { readonly: true })
    expect(db.prepare('SELECT count(*) AS n FROM journal').get()).toEqual({ n: 1 })
    db.close()
    await reopened.deleteMap(id)
    const after = new Database(file, { readonly: true })
    expect(after.prepare('SELECT count(*) AS n FROM journal').get()).toEqual({ n: 0 })
    expect(after.prepare('SELECT count(*) AS n FROM snapshots').get()).toEqual({ n: 0 })
    after.close()
    await reopened.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
