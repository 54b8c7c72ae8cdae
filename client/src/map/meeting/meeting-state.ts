import {
  parseServerMeetingMessage,
  type RefusalReason,
} from '../../../../shared/src/meeting/meeting-messages.ts'
import type {
  Participant,
  SessionInfo,
  VoteInfo,
} from '../../../../shared/src/meeting/meeting-types.ts'
import type { CloseMessage } from './close-messages.ts'

/** What this browser knows about the meeting, from the server's stateless messages. */
export interface MeetingState {
  /** False until the first `state` message: until then the lock is unknown. */
  readonly received: boolean
  readonly locked: boolean
  readonly session: SessionInfo | null
  readonly vote: VoteInfo | null
  /** Who the server says we are (after `identify`). */
  readonly identity: Participant | null
  /** Our own dots in the current vote. */
  readonly dots: {
    readonly voteId: string
    readonly remaining: number
    readonly mine: Readonly<Record<string, number>>
  } | null
  readonly refused: RefusalReason | null
  /** Why the server ended our connection, when it matters to the person. */
  readonly closed: CloseMessage | null
}

export const INITIAL_MEETING: MeetingState = {
  received: false,
  locked: false,
  session: null,
  vote: null,
  identity: null,
  dots: null,
  refused: null,
  closed: null,
}

/** The state after one stateless payload from the server (others' payloads change nothing). */
export function reduceMeeting(state: MeetingState, payload: string): MeetingState {
  const message = parseServerMeetingMessage(payload)
  if (!message) return state
  switch (message.type) {
    case 'state': {
      // A new vote starts with all dots; our dots of an older vote no longer count.
      const dots = state.dots && state.dots.voteId === message.vote?.id ? state.dots : null
      return {
        ...state,
        received: true,
        locked: message.locked === true,
        session: message.session ?? null,
        vote: message.vote ?? null,
        dots,
      }
    }
    case 'identity':
      return { ...state, identity: message.participant }
    case 'dots':
      return {
        ...state,
        dots: { voteId: message.voteId, remaining: message.remaining, mine: message.mine },
        refused: null,
      }
    case 'refused':
      return { ...state, refused: message.reason }
  }
}

/** Our remaining dots in the open vote (all of them before the first `dots` answer). */
export function remainingDots(state: MeetingState): number {
  const vote = state.vote
  if (!vote || vote.closedAt !== null) return 0
  return state.dots?.voteId === vote.id ? state.dots.remaining : vote.dotsPerPerson
}

/** Revealed results, most dots first (ties by id, so every screen shows the same order). */
export function rankedResults(vote: VoteInfo | null): { recordId: string; dots: number }[] {
  if (!vote?.results) return []
  return Object.entries(vote.results)
    .filter(([, dots]) => dots > 0)
    .map(([recordId, dots]) => ({ recordId, dots }))
    .sort((a, b) => b.dots - a.dots || a.recordId.localeCompare(b.recordId))
}
