/** The per-connection and per-map limits of /collab (README: configuration table). */
export interface Limits {
  /** Largest WebSocket frame (ws `maxPayload`); larger frames close the socket with 1009. */
  readonly maxMessageBytes: number
  /** Largest encoded map; an update that would grow it beyond this is refused (4413). */
  readonly maxDocumentBytes: number
  /** Sustained messages per second per connection (token bucket refill rate). */
  readonly messagesPerSecond: number
  /** Messages a connection may send at once before the rate applies (bucket size). */
  readonly messageBurst: number
  /** Largest awareness (presence) state of one client, JSON bytes. */
  readonly maxAwarenessStateBytes: number
  /**
   * Set awareness states one message may carry: a provider sends its own; removals of others
   * (after a timeout) are not counted.
   */
  readonly maxAwarenessStates: number
  /** Connections one map may have at once; the next one is closed with 4503. */
  readonly maxConnectionsPerMap: number
  /** Connections per client address; 0 = unlimited. Only applied with a trusted proxy. */
  readonly maxConnectionsPerAddress: number
  /** A socket whose unsent bytes exceed this is cut before it costs more memory. */
  readonly maxBufferedBytes: number
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxDocumentBytes: 20 * 1024 * 1024,
  messagesPerSecond: 50,
  messageBurst: 200,
  // A selection of 2 000 nodes is ~50 KB of ids; an honest client must never hit this.
  maxAwarenessStateBytes: 64 * 1024,
  maxAwarenessStates: 4,
  maxConnectionsPerMap: 200,
  maxConnectionsPerAddress: 0,
  maxBufferedBytes: 8 * 1024 * 1024,
}

/**
 * Hocuspocus' own limits before authentication (4.3+, GHSA-xwhh-v746-pj9m), tighter than its
 * defaults (5 MiB / 1000 frames / 100 documents): a provider sends its Auth frame
 * first and little else until it is answered.
 */
export const PRE_AUTH_LIMITS = {
  maxUnauthenticatedQueueSize: 1024 * 1024,
  maxUnauthenticatedQueueMessages: 100,
  maxPendingDocuments: 10,
  // `timeout` (60 s) stays: it is also the idle timeout after auth, and a background tab's
  // throttled timers renew presence rarely.
} as const

/** ws limits on fragmented messages (ws issue #2331: its defaults allow ~15× heap amplification). */
export const WS_FRAGMENT_LIMITS = { maxFragments: 256, maxBufferedChunks: 1024 } as const
