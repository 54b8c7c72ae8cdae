import { timingSafeEqual } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono } from 'hono'
import { securityHeaders } from '../http/security-headers.ts'
import { isLoopback } from './client-address.ts'
import type { Metrics } from './metrics.ts'

export interface MetricsRouteOptions {
  readonly metrics: Metrics
  /** When set, a scrape must send `Authorization: Bearer <token>`; else only loopback may. */
  readonly token?: string | undefined
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `GET /metrics` in Prometheus text format. Counts say how busy the server is, which is not for
 * everyone: a token, or a scrape from the machine itself.
 */
export function metricsRoute(options: MetricsRouteOptions): Hono {
  const app = new Hono()
  app.use('*', securityHeaders)
  app.get('/metrics', async (c) => {
    const { token } = options
    if (token !== undefined) {
      const header = c.req.header('authorization') ?? ''
      const given = /^Bearer (.+)$/.exec(header)?.[1] ?? ''
      if (!sameSecret(given, token)) return c.text('Unauthorized', 401)
    } else {
      let address: string | undefined
      try {
        address = getConnInfo(c).remote.address
      } catch {
        address = undefined // not served by node-server (in-process tests): no address, no access
      }
      if (!isLoopback(address)) return c.text('Forbidden', 403)
    }
    const body = await options.metrics.registry.metrics()
    return c.body(body, 200, {
      'Content-Type': options.metrics.registry.contentType,
      'Cache-Control': 'no-store',
    })
  })
  return app
}
