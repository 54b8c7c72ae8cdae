import { type MapId, randomId, type SessionInfo } from '../../../shared/src/index.ts'
import type { Meeting } from './meeting.ts'

export interface NewSession {
  readonly title: string
  readonly date: string
  readonly place?: string | undefined
  readonly facilitator?: string | undefined
}

/**
 * Starts a session with the map's current state as its start snapshot; everybody identified
 * and connected counts as present. Throws SessionAlreadyOpenError when one is open.
 */
export function startSession(
  meeting: Meeting,
  mapId: MapId,
  input: NewSession,
): Promise<SessionInfo> {
  return meeting.serialize(mapId, async () => {
    const state = (await meeting.currentState(mapId)) ?? new Uint8Array([0, 0])
    const facilitator = input.facilitator ?? meeting.identifiedFacilitator(mapId)
    const info: SessionInfo = {
      id: randomId(),
      title: input.title,
      date: input.date,
      ...(input.place ? { place: input.place } : {}),
      ...(facilitator ? { facilitator } : {}),
      startedAt: Date.now(),
      endedAt: null,
    }
    await meeting.store.createSession(mapId, info, state)
    meeting.sessionChanged(mapId, info)
    for (const connection of meeting.live.connections(mapId)) {
      await meeting.noteAttendance(info.id, connection)
    }
    await meeting.broadcastState(mapId)
    return info
  })
}

/** Ends the open session `sessionId` with every pending change written; null when not open. */
export function endSession(
  meeting: Meeting,
  mapId: MapId,
  sessionId: string,
): Promise<SessionInfo | null> {
  return meeting.serialize(mapId, async () => {
    await meeting.flush(sessionId)
    const state = (await meeting.currentState(mapId)) ?? new Uint8Array([0, 0])
    if (!(await meeting.store.endSession(mapId, sessionId, Date.now(), state))) return null
    meeting.sessionChanged(mapId, null, sessionId)
    await meeting.broadcastState(mapId)
    return (await meeting.store.getSession(mapId, sessionId))?.info ?? null
  })
}
