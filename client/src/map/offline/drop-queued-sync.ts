import type { HocuspocusProvider } from '@hocuspocus/provider'
import * as decoding from 'lib0/decoding'

// Hocuspocus message types (provider's MessageType): document sync and awareness.
const SYNC = 0
const AWARENESS = 1

function isSyncOrAwareness(message: unknown): boolean {
  if (!(message instanceof Uint8Array)) return false
  try {
    const decoder = decoding.createDecoder(message)
    decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    return type === SYNC || type === AWARENESS
  } catch {
    return false
  }
}

/**
 * Forgets the document updates the provider queued while offline, right when the socket
 * reconnects. Without this the provider sends them as soon as the server answers, even when
 * that answer refuses the link (map deleted meanwhile): the map would be re-uploaded, if only
 * to be thrown away. Nothing is lost: after authentication the Yjs sync exchange sends
 * everything the server is missing. Touches the provider's private queue, hence the guard.
 */
export function dropQueuedSync(provider: HocuspocusProvider): void {
  const socket = provider.configuration.websocketProvider as unknown as {
    messageQueue?: unknown
  }
  if (!Array.isArray(socket.messageQueue)) return
  socket.messageQueue = socket.messageQueue.filter((message) => !isSyncOrAwareness(message))
}
