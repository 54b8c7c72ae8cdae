import { z } from 'zod'
import { isRecordId } from '../schema/ids.ts'
import type { Participant, SessionInfo, VoteInfo } from './meeting-types.ts'

/*
 * Stateless messages of meeting mode on the Hocuspocus connection (JSON strings).
 *
 * Client → server: `identify` (meeting-types.ts) and `dot`.
 * Server → client: `state` (after connecting and on every lock/session/vote change),
 * `identity` (the answer to identify, with the colour the server assigned), `dots` (a voter's
 * own dots), `refused` (why a message was not accepted).
 *
 * Connections the server ends itself carry a close reason (the provider's `close` event):
 * CLOSE_REASONS.linkRotated ("Link ungültig") and CLOSE_REASONS.mapDeleted.
 */

/** Close reasons of connections the server ends because of a facilitator's action. */
export const CLOSE_REASONS = {
  /** The edit or view link was replaced; this token no longer works. */
  linkRotated: 'link-rotated',
  /** The map was deleted and will never come back. */
  mapDeleted: 'map-deleted',
} as const

/** A participant places (+1) or takes back (−1) one dot of an open vote on a node or link. */
export const dotMessageSchema = z.object({
  type: z.literal('dot'),
  voteId: z.string().min(1).max(64),
  recordId: z.string().refine(isRecordId),
  delta: z.union([z.literal(1), z.literal(-1)]),
})
export type DotMessage = z.infer<typeof dotMessageSchema>

/** The meeting state every connection is told: lock, open session, latest vote. */
export interface StateMessage {
  readonly type: 'state'
  readonly locked: boolean
  readonly session: SessionInfo | null
  /** The latest vote; `results` only when revealed (or for the facilitator). */
  readonly vote: VoteInfo | null
}

/** The answer to `identify`: who the server says this connection is. */
export interface IdentityMessage {
  readonly type: 'identity'
  readonly participant: Participant
}

/** A voter's own dots in a vote, after each accepted or refused `dot`. */
export interface DotsMessage {
  readonly type: 'dots'
  readonly voteId: string
  readonly remaining: number
  readonly mine: Readonly<Record<string, number>>
}

export const REFUSAL_REASONS = [
  'invalid-message',
  'not-identified',
  'not-allowed',
  'vote-closed',
  'unknown-record',
  'no-dots-left',
  'no-dot-to-remove',
] as const
export type RefusalReason = (typeof REFUSAL_REASONS)[number]

/** Why the server did not accept a client's stateless message. */
export interface RefusedMessage {
  readonly type: 'refused'
  readonly about: 'identify' | 'dot' | 'unknown'
  readonly reason: RefusalReason
}

export type ServerMeetingMessage = StateMessage | IdentityMessage | DotsMessage | RefusedMessage

/** Parses a server's stateless payload into a meeting message, or null when it is none. */
export function parseServerMeetingMessage(payload: string): ServerMeetingMessage | null {
  try {
    const value = JSON.parse(payload) as { type?: unknown } | null
    if (typeof value !== 'object' || value === null) return null
    const known = ['state', 'identity', 'dots', 'refused']
    return known.includes(value.type as string) ? (value as ServerMeetingMessage) : null
  } catch {
    return null
  }
}
