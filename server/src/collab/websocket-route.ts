import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server'
import { upgradeWebSocket } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import type { RawData, WebSocket } from 'ws'
import type { Logger } from '../app/logger.ts'
import { CloseCodes } from '../limits/close-codes.ts'
import { isAllowedOrigin } from '../limits/origin-check.ts'
import type { GuardedSocket, Guards } from '../limits/socket-guard.ts'
import { clientAddress, truncateAddress } from '../observability/client-address.ts'
import type { Metrics } from '../observability/metrics.ts'
import type { CollabContext } from './authenticate.ts'

// The package does not export the class itself.
type ClientConnection = ReturnType<Hocuspocus<CollabContext>['handleConnection']>

export interface CollabRouteOptions {
  readonly hocuspocus: Hocuspocus<CollabContext>
  readonly logger: Logger
  readonly guards: Guards
  readonly metrics: Metrics
  readonly publicUrl?: string | undefined
  /** Believe X-Real-IP / X-Forwarded-For for the client address. */
  readonly trustProxy: boolean
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address
  } catch {
    return undefined
  }
}

/**
 * What Hocuspocus keeps of the upgrade request: its headers and its URL, which it reads for
 * the query parameters of every hook payload (getParameters), including the onChange payload
 * it builds for every single update. From an absolute URL (Hono's `Request`) that meant a
 * `new URL()` parse per update (about 5 µs in a profile); from path and query it only splits
 * off the query string. The same headers, the same parameters; nothing else of the request is
 * read (Hocuspocus 4: `headers`, `url`).
 */
function requestForHocuspocus(request: Request): Request {
  const { pathname, search } = new URL(request.url)
  return { headers: request.headers, url: `${pathname}${search}` } as Request
}

/**
 * The `/collab` WebSocket route: checks the page's Origin before the upgrade, then hands each
 * socket to Hocuspocus and forwards its frames — each one past the socket's limits first, in
 * arrival order, so a frame after a violation never reaches Hocuspocus.
 * Hocuspocus 4's ClientConnection registers no socket listeners itself (stack-facts §1.2).
 */
export function collabWebSocketRoute(options: CollabRouteOptions): MiddlewareHandler {
  const { hocuspocus, logger, guards, metrics } = options
  const upgrade = upgradeWebSocket(
    (c) => {
      let connection: ClientConnection | undefined
      let guard: ReturnType<Guards['open']>
      let counted = false
      return {
        onOpen(_event, ws) {
          const raw = ws.raw as unknown as GuardedSocket & WebSocketLike & WebSocket
          const address = clientAddress(c.req.raw.headers, socketAddress(c), options.trustProxy)
          guard = guards.open(raw, address)
          if (!guard) return
          metrics.connections.inc()
          counted = true
          // The role is filled in by onAuthenticate; no document is reachable before that.
          const context = {} as CollabContext
          connection = hocuspocus.handleConnection(raw, requestForHocuspocus(c.req.raw), context)
          // Frames straight from the socket, in arrival order, instead of through an onMessage
          // handler: for that, Hono wraps every frame in a WHATWG MessageEvent (about a tenth of
          // the server's own time per update in a profile, and nothing here reads it). Hono
          // attaches its listener before calling onOpen, so no frame can arrive unseen.
          const admitted = guard
          const handled = connection
          raw.on('message', (data: RawData, isBinary: boolean) => {
            // A copy: nothing Hocuspocus or Yjs keeps may pin the socket's read buffer.
            const frame = isBinary ? new Uint8Array(data as Buffer) : String(data)
            if (admitted.admit(frame)) handled.handleMessage(frame as Uint8Array)
          })
        },
        onClose(event) {
          guard?.release()
          if (counted) metrics.connections.dec()
          counted = false
          connection?.handleClose({ code: event.code, reason: event.reason })
        },
        onError() {
          logger.warn('websocket error on /collab')
        },
      }
    },
    {
      onError: (error: unknown) =>
        logger.warn('websocket handler failed', { error: String(error) }),
    },
  )
  return async (c, next) => {
    const origin = c.req.header('origin')
    const hosts = [
      c.req.header('host'),
      options.trustProxy ? c.req.header('x-forwarded-host') : undefined,
    ]
    if (!isAllowedOrigin(origin, hosts, options.publicUrl)) {
      metrics.rejected.inc({ reason: CloseCodes.forbiddenOrigin.reason })
      logger.warn('websocket upgrade refused: foreign origin', {
        net: truncateAddress(socketAddress(c)),
      })
      return c.text('Forbidden origin', 403)
    }
    return upgrade(c, next)
  }
}
