import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Hono } from 'hono'
import { quietLogger } from '../app/logger.ts'
import { createMapReader } from '../app/map-reader.ts'
import type { MapStore } from '../storage/map-store.ts'
import { openSqliteStore } from '../storage/sqlite-store.ts'
import { createApp } from './create-app.ts'

/** An app on a temporary SQLite file and client directory, for in-process route tests. */
export interface TestApp {
  readonly app: Hono
  readonly store: MapStore
  readonly clientDir: string
  /** Writes a file into the client directory (a fake build). */
  writeClientFile(path: string, content: string): void
  dispose(): Promise<void>
}

export function createTestApp(options: { publicUrl?: string } = {}): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'qn-http-'))
  const clientDir = join(dir, 'client')
  mkdirSync(clientDir)
  const store = openSqliteStore(join(dir, 'test.sqlite'))
  const app = createApp({
    store,
    reader: createMapReader({ store, logger: quietLogger }),
    logger: quietLogger,
    version: '9.9.9-test',
    clientDir,
    publicUrl: options.publicUrl,
  })
  return {
    app,
    store,
    clientDir,
    writeClientFile(path, content) {
      const file = join(clientDir, path)
      mkdirSync(join(file, '..'), { recursive: true })
      writeFileSync(file, content)
    },
    async dispose() {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
