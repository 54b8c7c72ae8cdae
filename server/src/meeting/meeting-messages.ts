import {
  type DotMessage,
  type DotsMessage,
  dotMessageSchema,
  edgesMap,
  type IdentityMessage,
  type MapId,
  nodesMap,
  type RefusalReason,
  type RefusedMessage,
} from '../../../shared/src/index.ts'
import type { Meeting } from './meeting.ts'
import type { MeetingConnection } from './participants.ts'
import { dotsOf } from './vote-view.ts'

const send = (connection: MeetingConnection, message: object) =>
  connection.sendStateless(JSON.stringify(message))

const refuse = (
  connection: MeetingConnection,
  about: RefusedMessage['about'],
  reason: RefusalReason,
) => send(connection, { type: 'refused', about, reason } satisfies RefusedMessage)

/**
 * `onStateless`: the client's meeting messages. Anything that is not meeting JSON is left to
 * other features; a meeting message that does not validate is refused with a reason.
 */
export async function handleStateless(
  meeting: Meeting,
  mapId: MapId,
  connection: MeetingConnection,
  payload: string,
): Promise<void> {
  let message: unknown
  try {
    message = JSON.parse(payload)
  } catch {
    return
  }
  const type = (message as { type?: unknown } | null)?.type
  if (type === 'identify') {
    const participant = meeting.participants.identify(mapId, connection, message)
    if (!participant) return refuse(connection, 'identify', 'invalid-message')
    send(connection, { type: 'identity', participant } satisfies IdentityMessage)
    const session = await meeting.openSession(mapId)
    if (session) await meeting.noteAttendance(session.id, connection)
    return
  }
  if (type === 'dot') {
    const parsed = dotMessageSchema.safeParse(message)
    if (!parsed.success) return refuse(connection, 'dot', 'invalid-message')
    await meeting.serialize(mapId, () => placeDot(meeting, mapId, connection, parsed.data))
  }
}

/** One dot placed or taken back, checked against the vote, the voter and the map. */
async function placeDot(
  meeting: Meeting,
  mapId: MapId,
  connection: MeetingConnection,
  dot: DotMessage,
): Promise<void> {
  const participant = meeting.participants.of(connection)
  if (!participant) return refuse(connection, 'dot', 'not-identified')
  // A view link may be published widely; only the meeting's participants vote.
  if (connection.context.role === 'view') return refuse(connection, 'dot', 'not-allowed')
  const vote = await meeting.store.getVote(mapId, dot.voteId)
  if (!vote || vote.info.closedAt !== null) return refuse(connection, 'dot', 'vote-closed')
  const mine = vote.dots.get(participant.participantId)
  const { used, byRecord } = dotsOf(mine)
  const reply = (dots: Record<string, number>, usedNow: number) =>
    send(connection, {
      type: 'dots',
      voteId: dot.voteId,
      remaining: vote.info.dotsPerPerson - usedNow,
      mine: dots,
    } satisfies DotsMessage)
  const current = byRecord[dot.recordId] ?? 0
  if (dot.delta === 1) {
    const document = meeting.live.document(mapId)
    const exists =
      document !== undefined &&
      (nodesMap(document).has(dot.recordId) || edgesMap(document).has(dot.recordId))
    if (!exists) return refuse(connection, 'dot', 'unknown-record')
    if (used >= vote.info.dotsPerPerson) {
      refuse(connection, 'dot', 'no-dots-left')
      return reply(byRecord, used)
    }
  } else if (current <= 0) {
    return refuse(connection, 'dot', 'no-dot-to-remove')
  }
  const next = current + dot.delta
  await meeting.store.setDots(dot.voteId, participant.participantId, dot.recordId, next)
  const updated = { ...byRecord, [dot.recordId]: next }
  if (next === 0) delete updated[dot.recordId]
  reply(updated, used + dot.delta)
  // Totals change: the facilitator sees them live, everybody once revealed.
  await meeting.broadcastState(mapId)
}
