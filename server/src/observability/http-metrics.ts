import { isMapId } from '../../../shared/src/index.ts'
import type { Metrics } from './metrics.ts'

/*
 * HTTP requests are counted by route pattern, not by path: a path holds map ids (one series per
 * map, and ids are capabilities in the URL's sense) and arbitrary junk from scanners.
 */

/** A path segment that is a fixed word of a route (export formats, `maps`, `api`). */
const PLAIN_SEGMENT = /^[a-z][a-z0-9-]{0,19}$|^$/

const KNOWN_PREFIXES = ['/api/', '/collab', '/metrics', '/m/', '/assets/']

/** The route label of a request path: ids replaced by `:id`, unknown paths folded. */
export function routeLabel(path: string, status: number): string {
  if (status === 404) return 'unmatched'
  if (
    !KNOWN_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix))
  ) {
    return 'static'
  }
  if (path.startsWith('/assets/')) return '/assets/*'
  return path
    .split('/')
    .map((segment) => (isMapId(segment) ? ':id' : PLAIN_SEGMENT.test(segment) ? segment : ':param'))
    .slice(0, 6)
    .join('/')
}

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>

/** Wraps the app's fetch so every request is counted once, errors included. */
export function countRequests(fetch: Fetch, metrics: Metrics): Fetch {
  return async (request, env) => {
    let status = 500
    try {
      const response = await fetch(request, env)
      status = response.status
      return response
    } finally {
      const path = new URL(request.url).pathname
      metrics.httpRequests.inc({
        method: request.method,
        route: routeLabel(path, status),
        status: String(status),
      })
    }
  }
}
