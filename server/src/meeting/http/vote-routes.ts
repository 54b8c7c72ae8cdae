import { Hono } from 'hono'
import { z } from 'zod'
import { apiError } from '../../http/api-error.ts'
import type { Meeting } from '../meeting.ts'
import { visibleVote } from '../vote-view.ts'
import { changeVote, openVote } from '../votes.ts'
import { access, jsonBody, limitBody } from './route-helpers.ts'

const newVoteSchema = z.object({
  question: z.string().trim().min(1).max(300),
  dotsPerPerson: z.number().int().min(1).max(20),
})

/** Dot votes: open, reveal, close (facilitator); list (any valid token, results filtered). */
export function voteRoutes(meeting: Meeting): Hono {
  const app = new Hono()
  const { store } = meeting

  app.post('/maps/:id/votes', limitBody, async (c) => {
    const allowed = await access(store, c, 'facilitate')
    if (allowed instanceof Response) return allowed
    const body = await jsonBody(c, newVoteSchema)
    if (body instanceof Response) return body
    return c.json(await openVote(meeting, allowed.mapId, body), 201)
  })

  for (const change of ['reveal', 'close'] as const) {
    app.post(`/maps/:id/votes/:vid/${change}`, async (c) => {
      const allowed = await access(store, c, 'facilitate')
      if (allowed instanceof Response) return allowed
      const vote = await changeVote(meeting, allowed.mapId, c.req.param('vid'), change)
      return vote ? c.json(vote) : apiError(c, 404, 'not_found')
    })
  }

  app.get('/maps/:id/votes', async (c) => {
    const allowed = await access(store, c, 'any')
    if (allowed instanceof Response) return allowed
    const votes = await store.listVotes(allowed.mapId)
    return c.json({ votes: votes.map((v) => visibleVote(v, allowed.role)) })
  })

  return app
}
