import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { exportMap } from '../../../shared/src/formats/index.ts'
import { createMap } from '../app/create-map.ts'
import { quietLogger } from '../app/logger.ts'
import { createMapReader } from '../app/map-reader.ts'
import { createStoreMapWriter } from '../data-exchange/map-writer.ts'
import { runImport } from '../data-exchange/run-import.ts'
import { runningServer } from '../data-exchange/server-lock.ts'
import { shareUrl } from '../http/routes/maps.ts'
import type { MapStore } from '../storage/map-store.ts'
import { openSqliteStore, SQLITE_FILE_NAME } from '../storage/sqlite-store.ts'
import { CommandFailed } from './cli-errors.ts'
import type { MapSummary, Target } from './target.ts'

const notFound = (mapId: string) =>
  new CommandFailed(
    `Die Karte ${mapId} gibt es in diesem Datenverzeichnis nicht.`,
    `There is no map ${mapId} in this data directory.`,
  )

/**
 * The server's SQLite storage, opened by this process. Reading is safe while a server runs
 * (every change it accepts is journaled at once); writing an existing map is not, see import.
 */
export function directTarget(dataDir: string, publicUrl: string): Target {
  const file = join(dataDir, SQLITE_FILE_NAME)
  let store: MapStore | undefined
  const open = (create = false): MapStore => {
    if (!store) {
      if (!existsSync(file)) {
        if (!create) {
          throw new CommandFailed(
            `Im Datenverzeichnis ${dataDir} liegt keine Quartiersnetz-Datenbank (${SQLITE_FILE_NAME}).`,
            `The data directory ${dataDir} holds no Quartiersnetz database (${SQLITE_FILE_NAME}).`,
          )
        }
        mkdirSync(dataDir, { recursive: true })
      }
      store = openSqliteStore(file)
    }
    return store
  }
  return {
    async exportMap(mapId, format, options) {
      const model = await createMapReader({ store: open(), logger: quietLogger }).read(mapId)
      if (!model) throw notFound(mapId)
      const exported = await exportMap(format, model, options)
      return typeof exported.body === 'string'
        ? new TextEncoder().encode(exported.body)
        : exported.body
    },
    async importFiles(mapId, format, files, options) {
      const s = open()
      if (!options.dryRun) {
        const server = await runningServer(dataDir)
        if (server) {
          throw new CommandFailed(
            `Auf diesem Datenverzeichnis läuft ein Server (${server.url}, Prozess ${server.pid}). Er hält offene Karten im Speicher und würde den Import nicht sehen. Bitte über ihn importieren: --server ${server.url} --token <Bearbeitungstoken>.`,
            `A server runs on this data directory (${server.url}, process ${server.pid}). It keeps open maps in memory and would not see the import. Please import through it: --server ${server.url} --token <edit token>.`,
          )
        }
      }
      const existing = await createMapReader({ store: s, logger: quietLogger }).read(mapId)
      if (!existing) throw notFound(mapId)
      const outcome = await runImport({
        mapId,
        format,
        request: {
          files,
          mode: options.dryRun ? 'preview' : 'confirm',
          duplicates: options.duplicates,
        },
        existing,
        writer: createStoreMapWriter(s, quietLogger),
      })
      switch (outcome.kind) {
        case 'gone':
          throw notFound(mapId)
        case 'invalid':
          return { mode: 'invalid', plan: outcome.plan }
        case 'preview':
          return { mode: 'preview', plan: outcome.plan }
        case 'applied':
          return { mode: 'confirm', plan: outcome.plan, report: outcome.report }
      }
    },
    async listMaps() {
      open()
      // Read-only and outside the store interface: listing is a command-line need only.
      const db = new Database(file, { readonly: true, fileMustExist: true })
      try {
        const rows = db
          .prepare('SELECT id, title, area, created_at FROM maps ORDER BY created_at, id')
          .all() as { id: string; title: string; area: string | null; created_at: number }[]
        return rows.map(
          (r): MapSummary => ({
            id: r.id,
            title: r.title,
            area: r.area,
            created: new Date(r.created_at).toISOString(),
          }),
        )
      } finally {
        db.close()
      }
    },
    async createMap(input) {
      // A new map is no open document of a running server, so creating one directly is safe.
      const created = await createMap(open(true), input)
      const links: Record<string, string> = { id: created.id }
      for (const [key, value] of Object.entries(created)) {
        const match = /^(\w+)Token$/.exec(key)
        if (match && typeof value === 'string') {
          links[`${match[1]}Url`] = shareUrl(publicUrl, created.id, value)
        }
      }
      return links as { id: string; editUrl: string; viewUrl: string }
    },
    async close() {
      await store?.close()
    },
  }
}
