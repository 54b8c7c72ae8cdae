import { isMapId } from '../../../shared/src/index.ts'
import type { Logger } from '../app/logger.ts'
import { truncateAddress } from '../observability/client-address.ts'
import type { Metrics } from '../observability/metrics.ts'
import { CloseCodes, type CloseKind } from './close-codes.ts'
import { FrameType, inspectFrame } from './frame-inspector.ts'
import type { Limits } from './limits.ts'
import {
  type AddressCounter,
  createAddressCounter,
  createMapSlots,
  type MapSlots,
} from './map-slots.ts'
import { createTokenBucket } from './token-bucket.ts'

/** The part of a ws WebSocket the guard needs. */
export interface GuardedSocket {
  close(code: number, reason: string): void
  terminate(): void
  readonly bufferedAmount: number
}

/** Message types a provider sends; 6 (BroadcastStateless) is server-internal (GHSA, PR #1103). */
const CLIENT_MESSAGE_TYPES = new Set([0, 1, 2, 3, 4, 5, 7, 9, 10])

export interface SocketGuard {
  /** Set once a limit closed the socket; nothing more of it reaches Hocuspocus. */
  readonly violation: CloseKind | undefined
  /** Checks one inbound frame (binary: bytes; text: a string) in arrival order; false to drop. */
  admit(data: unknown): boolean
  /** Closes the socket with the kind's code and reason, once. */
  reject(kind: CloseKind, mapId?: string): void
  /** The socket closed: free its slots. */
  release(): void
}

export interface GuardsOptions {
  readonly limits: Limits
  readonly metrics: Metrics
  readonly logger: Logger
  /** Count connections per client address (only meaningful behind a trusted proxy). */
  readonly limitAddresses: boolean
}

/** The limits of every /collab socket; shared by the WebSocket route and the Hocuspocus hooks. */
export interface Guards {
  readonly limits: Limits
  readonly slots: MapSlots
  /** A guard for a new socket, or undefined when it is refused (already closed). */
  open(socket: GuardedSocket, address: string | undefined): SocketGuard | undefined
  /** The guard of a socket Hocuspocus hands to a hook (`connection.webSocket`). */
  forSocket(socket: unknown): SocketGuard | undefined
  /** Every open socket's guard (for the slow-reader sweep). */
  all(): Iterable<[GuardedSocket, SocketGuard]>
}

export function createGuards(options: GuardsOptions): Guards {
  const { limits, metrics, logger } = options
  const slots = createMapSlots(limits.maxConnectionsPerMap)
  const addresses: AddressCounter = createAddressCounter(limits.maxConnectionsPerAddress)
  const bySocket = new Map<GuardedSocket, SocketGuard>()

  function refuse(socket: GuardedSocket, kind: CloseKind, address: string | undefined) {
    metrics.rejected.inc({ reason: CloseCodes[kind].reason })
    logger.warn('collab connection refused', {
      reason: CloseCodes[kind].reason,
      net: truncateAddress(address),
    })
    socket.close(CloseCodes[kind].code, CloseCodes[kind].reason)
  }

  function open(socket: GuardedSocket, address: string | undefined): SocketGuard | undefined {
    const countAddress = options.limitAddresses && address !== undefined
    if (countAddress && !addresses.acquire(address)) {
      refuse(socket, 'tooManyConnections', address)
      return undefined
    }
    const bucket = createTokenBucket(limits.messagesPerSecond, limits.messageBurst)
    let violation: CloseKind | undefined
    let released = false

    const guard: SocketGuard = {
      get violation() {
        return violation
      },
      admit(data) {
        if (violation) return false
        if (!(data instanceof Uint8Array)) return reject('badMessage')
        if (!bucket.take()) return reject('rateLimited')
        let frame: ReturnType<typeof inspectFrame>
        try {
          frame = inspectFrame(data)
        } catch {
          return reject('badMessage')
        }
        const mapId = isMapId(frame.documentName) ? frame.documentName : undefined
        if (frame.kind === 'update') metrics.updatesReceived.inc()
        if (frame.kind === 'awareness') {
          if (frame.states > limits.maxAwarenessStates) return reject('badMessage', mapId)
          if (frame.largestStateBytes > limits.maxAwarenessStateBytes) {
            return reject('tooLarge', mapId)
          }
        }
        if (frame.kind === 'other') {
          if (!CLIENT_MESSAGE_TYPES.has(frame.type)) return reject('badMessage', mapId)
          if (frame.type === FrameType.Auth && mapId && !slots.reserve(mapId, guard)) {
            return reject('mapFull', mapId)
          }
        }
        return true
      },
      reject(kind, mapId) {
        reject(kind, mapId)
      },
      release() {
        if (released) return
        released = true
        slots.releaseAll(guard)
        bySocket.delete(socket)
        if (countAddress) addresses.release(address)
      },
    }

    function reject(kind: CloseKind, mapId?: string): false {
      if (violation) return false
      violation = kind
      metrics.rejected.inc({ reason: CloseCodes[kind].reason })
      logger.warn('collab connection closed by a limit', {
        reason: CloseCodes[kind].reason,
        mapId,
        net: truncateAddress(address),
      })
      socket.close(CloseCodes[kind].code, CloseCodes[kind].reason)
      // Its slots are free at once: a map that is full must not stay full for a closing socket.
      slots.releaseAll(guard)
      return false
    }

    bySocket.set(socket, guard)
    return guard
  }

  return {
    limits,
    slots,
    open,
    forSocket: (socket) => bySocket.get(socket as GuardedSocket),
    all: () => bySocket.entries(),
  }
}
