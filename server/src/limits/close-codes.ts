/*
 * Every WebSocket close code the server uses on /collab, in one place: the client maps these
 * codes to messages (German first), so a code never changes meaning once released.
 * 4000–4999 are reserved for applications by RFC 6455 §7.4.2; the last three digits echo the
 * HTTP status that means the same thing. 1009 (message too big) comes from ws itself.
 */

export interface CloseReason {
  readonly code: number
  /** Short, stable, English, machine-readable; never contains user data. */
  readonly reason: string
}

export const CloseCodes = {
  /** A frame the server cannot parse or does not accept (text frame, unknown type, bad awareness). */
  badMessage: { code: 4400, reason: 'bad-message' },
  /** The browser page that opened the socket is on another site (checked before the upgrade). */
  forbiddenOrigin: { code: 4403, reason: 'forbidden-origin' },
  /** The update would grow the map beyond MAX_DOCUMENT_BYTES, or an awareness state is too big. */
  tooLarge: { code: 4413, reason: 'too-large' },
  /** More messages than MAX_MESSAGES_PER_SECOND allows (after the burst). */
  rateLimited: { code: 4429, reason: 'rate-limited' },
  /** The map already has MAX_CONNECTIONS_PER_MAP connections, or this address too many. */
  mapFull: { code: 4503, reason: 'map-full' },
  /** Too many connections from one client address (only counted with TRUST_PROXY). */
  tooManyConnections: { code: 4429, reason: 'too-many-connections' },
  /**
   * The socket's unsent data passed MAX_BUFFERED_BYTES (a client that does not read). The
   * socket is cut right after, so the client usually sees 1006 and simply reconnects.
   */
  slowReader: { code: 4408, reason: 'too-slow' },
  /** ws' own code for a frame larger than MAX_MESSAGE_BYTES. */
  messageTooBig: { code: 1009, reason: 'message-too-big' },
} as const satisfies Record<string, CloseReason>

export type CloseKind = keyof typeof CloseCodes

/** Thrown from a Hocuspocus hook: Hocuspocus reads `code`/`reason` and drops queued messages. */
export class LimitExceeded extends Error {
  readonly code: number
  readonly reason: string
  readonly kind: CloseKind
  constructor(kind: CloseKind) {
    super(CloseCodes[kind].reason)
    this.kind = kind
    this.code = CloseCodes[kind].code
    this.reason = CloseCodes[kind].reason
  }
}
