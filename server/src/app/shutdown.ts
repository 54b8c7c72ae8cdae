import type { ServerType } from '@hono/node-server'
import type { WebSocketServer } from 'ws'
import type { Collab } from '../collab/create-collab.ts'
import type { MapStore } from '../storage/map-store.ts'
import type { Logger } from './logger.ts'

export interface ShutdownParts {
  readonly server: ServerType
  readonly wss: WebSocketServer
  readonly collab: Collab
  readonly store: MapStore
  readonly logger: Logger
  /** How long open documents and sockets get to finish before they are cut (ms). */
  readonly drainMs?: number
}

async function until(condition: () => boolean, deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return true
}

/**
 * The graceful shutdown the built-in Hocuspocus `Server.destroy()` would do, for our own
 * wiring: stop accepting, close every connection, store every open map, close the database.
 * Every confirmed edit is already in the journal; this only folds it into snapshots so the
 * next start loads fast. Returns an idempotent `close()`.
 */
export function createShutdown(parts: ShutdownParts): () => Promise<void> {
  const { server, wss, collab, store, logger } = parts
  const { hocuspocus } = collab
  let closing: Promise<void> | undefined

  async function run(): Promise<void> {
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()))
    if ('closeIdleConnections' in server) server.closeIdleConnections()
    hocuspocus.closeConnections()
    for (const socket of wss.clients) socket.close(1001, 'Server shutting down')
    hocuspocus.flushPendingStores()
    await collab.compactAll()
    const drained = await until(
      () => hocuspocus.getDocumentsCount() === 0 && wss.clients.size === 0,
      parts.drainMs ?? 3000,
    )
    if (!drained) {
      logger.warn('shutdown: cutting connections that did not close in time', {
        documents: hocuspocus.getDocumentsCount(),
        sockets: wss.clients.size,
      })
      await collab.compactAll()
      for (const socket of wss.clients) socket.terminate()
    }
    collab.stop()
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus })
    await store.close()
    if ('closeAllConnections' in server) server.closeAllConnections()
    await serverClosed
  }

  return () => {
    closing ??= run()
    return closing
  }
}
