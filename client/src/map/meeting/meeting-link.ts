import type { HocuspocusProvider } from '@hocuspocus/provider'
import type { Identify } from '../../../../shared/src/meeting/meeting-types.ts'
import { createStore, type Store } from '../../ui/store.ts'
import { closeMessageFor } from './close-messages.ts'
import { INITIAL_MEETING, type MeetingState, reduceMeeting } from './meeting-state.ts'
import { participantId } from './participant-id.ts'

/**
 * The meeting side of one connection: collects the server's stateless messages into a store,
 * says who we are (`identify`) after every (re)connect and whenever the name changes, and
 * sends dots. Created with the provider (useCollab), so no early message is missed.
 */
export interface MeetingLink {
  readonly state: Store<MeetingState>
  readonly receive: (payload: string) => void
  readonly closed: (code: number, reason: string) => void
  /** Sets our name and organisation and tells the server (null name: we stay anonymous). */
  readonly setIdentity: (name: string | null, organisation?: string) => void
  readonly attach: (provider: HocuspocusProvider) => void
  readonly dot: (voteId: string, recordId: string, delta: 1 | -1) => void
}

export function createMeetingLink(): MeetingLink {
  const state = createStore<MeetingState>(INITIAL_MEETING)
  let provider: HocuspocusProvider | null = null
  let identity: { name: string; organisation?: string } | null = null

  const identify = () => {
    if (!provider || !identity || !provider.isSynced) return
    const message: Identify = {
      type: 'identify',
      name: identity.name,
      participantId: participantId(),
      ...(identity.organisation ? { organisation: identity.organisation } : {}),
    }
    provider.sendStateless(JSON.stringify(message))
  }

  return {
    state,
    receive: (payload) => state.set(reduceMeeting(state.get(), payload)),
    closed(code, reason) {
      const message = closeMessageFor(code, reason)
      if (!message) return
      state.set({ ...state.get(), closed: message })
      // Reconnecting with a revoked link or to a deleted map would only fail again and again.
      if (message.final) queueMicrotask(() => provider?.destroy())
    },
    setIdentity(name, organisation) {
      identity = name ? { name, ...(organisation ? { organisation } : {}) } : null
      identify()
    },
    attach(p) {
      provider = p
      // `synced` fires after every (re)connect once the server has our state: identify again.
      p.on('synced', ({ state: synced }: { state: boolean }) => {
        if (!synced) return
        identify()
        // A limit message (rate, size, full) is over once we are back.
        const current = state.get()
        if (current.closed && !current.closed.final) state.set({ ...current, closed: null })
      })
    },
    dot(voteId, recordId, delta) {
      provider?.sendStateless(JSON.stringify({ type: 'dot', voteId, recordId, delta }))
    },
  }
}
