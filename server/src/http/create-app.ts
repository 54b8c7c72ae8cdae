import { Hono, type MiddlewareHandler } from 'hono'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'
import type { MapReader } from '../app/map-reader.ts'
import { createMapStateReader, type MapStateReader } from '../collab/map-state.ts'
import { createStoreMapWriter, type MapWriter } from '../data-exchange/map-writer.ts'
import { meetingRoutes } from '../meeting/http/meeting-routes.ts'
import { Meeting } from '../meeting/meeting.ts'
import type { MapStore } from '../storage/map-store.ts'
import { apiError } from './api-error.ts'
import { analysisRoutes } from './routes/analysis.ts'
import { clientAssets } from './routes/client-assets.ts'
import { dataExchangeRoutes } from './routes/data-exchange.ts'
import { minutesExportRoutes } from './routes/exports.ts'
import { healthRoutes } from './routes/health.ts'
import { mapRoutes } from './routes/maps.ts'
import { securityHeaders } from './security-headers.ts'

export interface AppOptions {
  readonly store: MapStore
  /** Reads a map's current model for the analysis and export routes. */
  readonly reader: MapReader
  /** Where imports are written: the live documents (start-server); storage in route tests. */
  readonly writer?: MapWriter
  /** Where map states are read: the live documents (start-server); storage in route tests. */
  readonly state?: MapStateReader
  readonly logger: Logger
  readonly version: string
  /** The directory of the built client (`dist/client`). */
  readonly clientDir: string
  readonly publicUrl?: string | undefined
  /** Meeting mode, shared with the collab hooks; a store-only one in route tests. */
  readonly meeting?: Meeting
  /** The `/collab` WebSocket handler; absent in route tests. */
  readonly collab?: MiddlewareHandler
}

/** The HTTP side of the server: API, WebSocket route, static client, security headers. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono()
  app.use('*', securityHeaders)
  app.use('/api/*', async (c, next) => {
    await next()
    // Responses carry tokens and map data: never in a shared or browser cache.
    c.res.headers.set('Cache-Control', 'no-store')
  })

  app.route('/api', healthRoutes(options.version))
  app.route(
    '/api',
    mapRoutes({
      store: options.store,
      publicUrl: options.publicUrl,
      state: options.state ?? createMapStateReader({ store: options.store }),
    }),
  )
  app.route('/api', analysisRoutes({ store: options.store, reader: options.reader }))
  const meeting = options.meeting ?? new Meeting({ store: options.store, logger: options.logger })
  app.route('/api', meetingRoutes(meeting, options.publicUrl))
  app.route('/api', minutesExportRoutes(options))
  app.route(
    '/api',
    dataExchangeRoutes({
      ...options,
      writer: options.writer ?? createStoreMapWriter(options.store, options.logger),
    }),
  )
  if (options.collab) app.get('/collab', options.collab)
  app.use('*', clientAssets(options.clientDir))

  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? apiError(c, 404, 'not_found') : c.text('Not found', 404),
  )
  app.onError((error, c) => {
    options.logger.error('request failed', {
      method: c.req.method,
      route: c.req.routePath,
      error: errorMessage(error),
    })
    return c.req.path.startsWith('/api/')
      ? apiError(c, 500, 'internal')
      : c.text('Internal error', 500)
  })
  return app
}
