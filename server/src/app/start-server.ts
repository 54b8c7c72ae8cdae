import { mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { Extension, Hocuspocus } from '@hocuspocus/server'
import { createAdaptorServer } from '@hono/node-server'
import { WebSocketServer } from 'ws'
import type { MapId } from '../../../shared/src/index.ts'
import type { CollabContext } from '../collab/authenticate.ts'
import { createCollab } from '../collab/create-collab.ts'
import { createMapStateReader } from '../collab/map-state.ts'
import { collabWebSocketRoute } from '../collab/websocket-route.ts'
import { createLiveMapWriter } from '../data-exchange/map-writer.ts'
import { announceServer } from '../data-exchange/server-lock.ts'
import { createApp } from '../http/create-app.ts'
import {
  DEFAULT_LIMITS,
  type Limits,
  PRE_AUTH_LIMITS,
  WS_FRAGMENT_LIMITS,
} from '../limits/limits.ts'
import { limitsExtension } from '../limits/limits-extension.ts'
import { watchSlowReaders } from '../limits/slow-readers.ts'
import { createGuards } from '../limits/socket-guard.ts'
import { Meeting } from '../meeting/meeting.ts'
import { countRequests } from '../observability/http-metrics.ts'
import { instrumentStore } from '../observability/instrument-store.ts'
import { createMetrics, type Metrics } from '../observability/metrics.ts'
import { metricsRoute } from '../observability/metrics-route.ts'
import type { MapStore } from '../storage/map-store.ts'
import { openSqliteStore, SQLITE_FILE_NAME } from '../storage/sqlite-store.ts'
import { errorMessage, type Logger, stderrLogger } from './logger.ts'
import { createMapReader } from './map-reader.ts'
import { createShutdown } from './shutdown.ts'
import { VERSION } from './version.ts'

export interface StartServerOptions {
  /** 0 picks any free port. */
  readonly port: number
  readonly host: string
  /** Where the SQLite file lives; created if missing. */
  readonly dataDir: string
  /** PostgreSQL instead of SQLite in dataDir (`postgres://…`). */
  readonly databaseUrl?: string | undefined
  /** Several instances serve the same maps through this Redis (needs databaseUrl). */
  readonly redisUrl?: string | undefined
  /** Base of share links (no trailing slash); the request's origin when absent. */
  readonly publicUrl?: string
  /** The built client; defaults to `dist/client` of this checkout. */
  readonly clientDir?: string
  /** The largest WebSocket frame accepted (ws `maxPayload`); 8 MiB by default. */
  readonly maxMessageBytes?: number
  /** The /collab limits; unset ones keep DEFAULT_LIMITS (maxMessageBytes above wins). */
  readonly limits?: Partial<Limits>
  /** Believe X-Real-IP / X-Forwarded-For, and count connections per address. */
  readonly trustProxy?: boolean
  /** Bearer token for GET /metrics; without it only loopback may scrape. */
  readonly metricsToken?: string | undefined
  /** How often sockets are checked for unread data piling up (ms). */
  readonly slowReaderIntervalMs?: number
  readonly logger?: Logger
}

export interface RunningServer {
  /** `http://host:port`, with the real port when 0 was asked for. */
  readonly url: string
  readonly port: number
  readonly hocuspocus: Hocuspocus<CollabContext>
  /** Meeting state held in memory (locks, sessions, participants). */
  readonly meeting: Meeting
  /** The Prometheus metrics served at /metrics. */
  readonly metrics: Metrics
  /**
   * Graceful shutdown: stop accepting, close every connection, compact every open map,
   * close the database. Idempotent.
   */
  close(): Promise<void>
}

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../../dist/client', import.meta.url))

function urlFor(host: string, port: number): string {
  // A wildcard address is not something a browser can open; the loopback name is.
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`
}

/** Starts Quartiersnetz (HTTP API, static client and /collab) on one port. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? stderrLogger
  mkdirSync(options.dataDir, { recursive: true })
  const limits: Limits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
    ...(options.maxMessageBytes ? { maxMessageBytes: options.maxMessageBytes } : {}),
  }
  const metrics = createMetrics()
  // pg, ioredis and the Redis extension load only when configured: a plain SQLite server
  // starts as fast as before.
  const opened: MapStore = options.databaseUrl
    ? await (await import('../storage/postgres-store.ts')).openPostgresStore(options.databaseUrl)
    : openSqliteStore(`${options.dataDir}/${SQLITE_FILE_NAME}`)
  const store = instrumentStore(opened, metrics)
  const guards = createGuards({
    limits,
    metrics,
    logger,
    limitAddresses: options.trustProxy === true,
  })
  const meeting = new Meeting({ store, logger })
  let scaleOut: Extension[] = []
  try {
    if (options.redisUrl) {
      const { scaleOutExtensions } = await import('../scale/scale-out.ts')
      scaleOut = await scaleOutExtensions({ redisUrl: options.redisUrl, meeting, logger })
    }
  } catch (error) {
    meeting.stop()
    await store.close()
    throw error
  }
  const collab = createCollab({
    store,
    logger,
    meeting,
    extensions: [limitsExtension(guards), ...scaleOut],
  })
  Object.assign(collab.hocuspocus.configuration, PRE_AUTH_LIMITS)
  metrics.setOpenMaps(() => collab.hocuspocus.getDocumentsCount())
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    ...WS_FRAGMENT_LIMITS,
  })
  // An oversized or malformed frame makes ws emit 'error' and close the socket with 1009/1002;
  // without a listener that error would crash the process.
  wss.on('connection', (socket) => {
    socket.on('error', (error) => {
      const tooBig = (error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
      metrics.rejected.inc({ reason: tooBig ? 'message-too-big' : 'bad-frame' })
      logger.warn('websocket closed on a bad frame', { error: errorMessage(error) })
    })
  })
  const live = (mapId: MapId) => {
    const open = collab.hocuspocus.documents.get(mapId)
    return open && !open.isLoading ? open : undefined
  }
  const reader = createMapReader({ store, logger, live })
  const app = createApp({
    store,
    reader,
    writer: createLiveMapWriter(collab.hocuspocus, store),
    state: createMapStateReader({ store, live }),
    logger,
    version: VERSION,
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    publicUrl: options.publicUrl,
    meeting: collab.meeting,
    collab: collabWebSocketRoute({
      hocuspocus: collab.hocuspocus,
      logger,
      guards,
      metrics,
      publicUrl: options.publicUrl,
      trustProxy: options.trustProxy === true,
    }),
  })
  const metricsApp = metricsRoute({ metrics, token: options.metricsToken })
  const fetch = countRequests(
    (request, env) =>
      new URL(request.url).pathname === '/metrics'
        ? metricsApp.fetch(request, env)
        : app.fetch(request, env),
    metrics,
  )
  const server = createAdaptorServer({ fetch, websocket: { server: wss } })
  const stopSweep = watchSlowReaders(guards, options.slowReaderIntervalMs)

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port, options.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    stopSweep()
    collab.stop()
    // Closes the Redis connections of the scale-out extensions.
    await collab.hocuspocus.hooks('onDestroy', { instance: collab.hocuspocus })
    await store.close()
    throw error
  }
  const port = (server.address() as AddressInfo).port
  const url = urlFor(options.host, port)
  // Tells the command line not to write this DATA_DIR directly while the server runs.
  announceServer(options.dataDir, url)
  await collab.hocuspocus.hooks('onListen', {
    instance: collab.hocuspocus,
    configuration: collab.hocuspocus.configuration,
    port,
  })

  const shutdown = createShutdown({ server, wss, collab, store, logger })
  const close = () => {
    stopSweep()
    return shutdown()
  }
  return { url, port, hocuspocus: collab.hocuspocus, meeting: collab.meeting, metrics, close }
}
