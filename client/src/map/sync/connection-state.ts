export type ConnectionState = 'connected' | 'connecting' | 'saving' | 'offline'

/**
 * What the badge says. Before the first successful connection we are "connecting"; once we have
 * been connected, losing the socket means "offline" (edits are kept and sent on reconnect).
 */
export function connectionState(input: {
  readonly status: 'connected' | 'connecting' | 'disconnected'
  readonly synced: boolean
  readonly unsynced: boolean
  readonly everConnected: boolean
}): ConnectionState {
  if (input.status === 'connected' && input.synced) return input.unsynced ? 'saving' : 'connected'
  if (input.everConnected) return 'offline'
  return 'connecting'
}
