import type { Document } from '@hocuspocus/server'
import {
  FACILITATOR_AWARENESS_FIELDS,
  NAME_MAX_LENGTH,
  PARTICIPANT_AWARENESS_FIELDS,
  type Participant,
  type Role,
} from '../../../shared/src/index.ts'
import type { MeetingConnection } from './participants.ts'

/** What the awareness hook needs to know about the connection an update came from. */
export interface AwarenessSender {
  readonly connection: MeetingConnection
  readonly role: Role
  readonly participant: Participant | undefined
}

const COLOR = /^#[0-9a-fA-F]{6}$/

/**
 * The `user` field of a connection that has not identified yet: the name it chose, marked
 * unverified, so presence works before `identify` but nobody can pass it off as stamped.
 */
function unverifiedUser(user: unknown, role: Role): Record<string, unknown> | undefined {
  if (typeof user !== 'object' || user === null) return undefined
  const { name, color } = user as Record<string, unknown>
  if (typeof name !== 'string') return undefined
  const cleaned = name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH)
  if (!cleaned) return undefined
  return {
    name: cleaned,
    ...(typeof color === 'string' && COLOR.test(color) ? { color } : {}),
    role,
    verified: false,
  }
}

/**
 * Rewrites the awareness states of one inbound update in place (beforeHandleAwareness):
 * drops states of clientIDs another connection has claimed, stamps `user` with the server's
 * identity of the sender, strips facilitator-only fields from everyone else, and drops
 * meeting fields that do not match their schema.
 */
export function stampAwareness(
  document: Document,
  states: Map<number, Record<string, unknown>>,
  sender: AwarenessSender,
): void {
  const claimedByOthers = new Set<number>()
  for (const other of document.getConnections()) {
    if (other === sender.connection) continue
    for (const id of document.getClients(other)) claimedByOthers.add(id as number)
  }
  for (const [clientId, state] of states) {
    if (claimedByOthers.has(clientId)) {
      states.delete(clientId)
      continue
    }
    if (sender.participant) {
      state.user = { ...sender.participant, verified: true }
    } else {
      const user = unverifiedUser(state.user, sender.role)
      if (user) state.user = user
      else delete state.user
    }
    for (const [field, schema] of Object.entries(PARTICIPANT_AWARENESS_FIELDS)) {
      if (field in state && !schema.safeParse(state[field]).success) delete state[field]
    }
    for (const [field, schema] of Object.entries(FACILITATOR_AWARENESS_FIELDS)) {
      if (!(field in state)) continue
      if (sender.role !== 'facilitate' || !schema.safeParse(state[field]).success) {
        delete state[field]
      }
    }
  }
}
