import { Hono } from 'hono'
import { z } from 'zod'
import {
  NAME_MAX_LENGTH,
  ORGANISATION_MAX_LENGTH,
  type Role,
  type VoteInfo,
} from '../../../../shared/src/index.ts'
import { diffIds, diffMaps } from '../../../../shared/src/minutes/diff-maps.ts'
import { snapshotModel } from '../../exports/minutes-source.ts'
import { apiError } from '../../http/api-error.ts'
import { SessionAlreadyOpenError } from '../../storage/meeting-store.ts'
import type { Meeting } from '../meeting.ts'
import { endSession, startSession } from '../sessions.ts'
import { visibleVote } from '../vote-view.ts'
import { access, jsonBody, limitBody } from './route-helpers.ts'

const newSessionSchema = z.object({
  title: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  place: z.string().trim().max(200).optional(),
  facilitator: z.string().trim().min(1).max(NAME_MAX_LENGTH).optional(),
})

const attendanceSchema = z.object({
  attendance: z
    .array(
      z.object({
        participantId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
        name: z.string().trim().min(1).max(NAME_MAX_LENGTH),
        organisation: z.string().trim().max(ORGANISATION_MAX_LENGTH).optional(),
        present: z.boolean(),
        firstSeenAt: z.number().int().nonnegative().optional(),
      }),
    )
    .max(500),
})

const votesFor = (votes: readonly VoteInfo[], role: Role) => votes.map((v) => visibleVote(v, role))

/** Sessions (Sitzungen): start and end (facilitator), list and details (any valid token). */
export function sessionRoutes(meeting: Meeting): Hono {
  const app = new Hono()
  const { store } = meeting

  app.post('/maps/:id/sessions', limitBody, async (c) => {
    const allowed = await access(store, c, 'facilitate')
    if (allowed instanceof Response) return allowed
    const body = await jsonBody(c, newSessionSchema)
    if (body instanceof Response) return body
    try {
      const place = body.place || undefined
      return c.json(await startSession(meeting, allowed.mapId, { ...body, place }), 201)
    } catch (error) {
      if (error instanceof SessionAlreadyOpenError) return apiError(c, 409, 'session_open')
      throw error
    }
  })

  app.post('/maps/:id/sessions/:sid/end', async (c) => {
    const allowed = await access(store, c, 'facilitate')
    if (allowed instanceof Response) return allowed
    const sessionId = c.req.param('sid')
    const ended = await endSession(meeting, allowed.mapId, sessionId)
    if (ended) return c.json(ended)
    const known = await store.getSession(allowed.mapId, sessionId)
    return known ? apiError(c, 409, 'session_ended') : apiError(c, 404, 'not_found')
  })

  app.get('/maps/:id/sessions', async (c) => {
    const allowed = await access(store, c, 'any')
    if (allowed instanceof Response) return allowed
    return c.json({ sessions: await store.listSessions(allowed.mapId) })
  })

  app.get('/maps/:id/sessions/:sid', async (c) => {
    const allowed = await access(store, c, 'any')
    if (allowed instanceof Response) return allowed
    const details = await meeting.sessionDetails(allowed.mapId, c.req.param('sid'))
    if (!details) return apiError(c, 404, 'not_found')
    // What is new, changed or gone since the session began (until its end, once it ended), so the
    // panel can say which it is instead of "new or changed". Moves alone are no change.
    const after = details.endSnapshot ?? (await meeting.currentState(allowed.mapId))
    return c.json({
      info: details.info,
      attendance: details.attendance,
      changes: details.changes,
      votes: votesFor(details.votes, allowed.role),
      ...(after
        ? { diff: diffIds(diffMaps(snapshotModel(details.startSnapshot), snapshotModel(after))) }
        : {}),
    })
  })

  app.put('/maps/:id/sessions/:sid/attendance', limitBody, async (c) => {
    const allowed = await access(store, c, 'facilitate')
    if (allowed instanceof Response) return allowed
    const body = await jsonBody(c, attendanceSchema)
    if (body instanceof Response) return body
    const sessionId = c.req.param('sid')
    const details = await store.getSession(allowed.mapId, sessionId)
    if (!details) return apiError(c, 404, 'not_found')
    const seen = new Map(details.attendance.map((a) => [a.participantId, a.firstSeenAt]))
    const entries = body.attendance.map((a) => ({
      participantId: a.participantId,
      name: a.name,
      ...(a.organisation ? { organisation: a.organisation } : {}),
      present: a.present,
      firstSeenAt: seen.get(a.participantId) ?? a.firstSeenAt ?? details.info.startedAt,
    }))
    await store.replaceAttendance(sessionId, entries)
    return c.json({ attendance: (await store.getSession(allowed.mapId, sessionId))?.attendance })
  })

  return app
}
