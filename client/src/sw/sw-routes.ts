/*
 * What the service worker does with each request, as a pure function so the rules can be
 * tested without a browser. The worker only ever answers for the app shell (the page itself
 * and its built files); everything that carries a token or map content (API, exports, the
 * WebSocket, metrics) goes to the network untouched and is never stored in a cache.
 */

/**
 * - `shell`: a page navigation (`/`, `/m/<id>`): network first, the cached index.html only
 *   when the network fails, so a new deployment is picked up on the next load.
 * - `asset`: a built file (`/assets/*`): from the precache, else from the network.
 * - `network`: not handled by the worker at all.
 */
export type SwRoute = 'shell' | 'asset' | 'network'

export interface SwRequest {
  readonly url: string
  readonly method: string
  /** `Request.mode`: `navigate` for a page load. */
  readonly mode: string
}

/** Paths whose answers hold tokens or map content: never cached, never answered by the worker. */
const NEVER_CACHED = ['/api', '/collab', '/metrics']

function startsWithSegment(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)
}

/** Whether a path belongs to the server's dynamic answers (API, exports, socket, metrics). */
export function isNeverCached(pathname: string): boolean {
  return NEVER_CACHED.some((prefix) => startsWithSegment(pathname, prefix))
}

/** Decides how the worker treats a request from a page of `origin`. */
export function swRoute(request: SwRequest, origin: string): SwRoute {
  if (request.method !== 'GET') return 'network'
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return 'network'
  }
  if (url.origin !== origin) return 'network'
  const path = url.pathname
  if (isNeverCached(path)) return 'network'
  if (request.mode === 'navigate') {
    return path === '/' || path === '/index.html' || path.startsWith('/m/') ? 'shell' : 'network'
  }
  if (path.startsWith('/assets/')) return 'asset'
  return 'network'
}

/** The precache entries worth keeping offline: the shell and its built files, no source maps. */
export const PRECACHE_GLOBS = ['index.html', 'assets/**/*.{js,css,svg,png,woff2,webp}']

/** How long a navigation waits for the network before the cached shell is shown. */
export const SHELL_NETWORK_TIMEOUT_MS = 4000
