import { Hono } from 'hono'
import { z } from 'zod'
import { shareUrl } from '../../http/routes/maps.ts'
import { deleteMapForever, rotateLinks } from '../facilitation.ts'
import type { Meeting } from '../meeting.ts'
import { access, jsonBody, limitBody } from './route-helpers.ts'

const lockSchema = z.object({ locked: z.boolean() })
const rotateSchema = z.object({ which: z.enum(['edit', 'view', 'both']) })

/** The facilitator's map actions: lock, rotate links, delete. */
export function facilitationRoutes(meeting: Meeting, publicUrl?: string): Hono {
  const app = new Hono()
  const { store } = meeting

  app.post('/maps/:id/lock', limitBody, async (c) => {
    const allowed = await access(store, c, 'facilitate')
    if (allowed instanceof Response) return allowed
    const body = await jsonBody(c, lockSchema)
    if (body instanceof Response) return body
    await meeting.setLocked(allowed.mapId, body.locked)
    return c.json({ locked: body.locked })
  })

  app.post('/maps/:id/rotate', limitBody, async (c) => {
    const allowed = await access(store, c, 'facilitate')
    if (allowed instanceof Response) return allowed
    const body = await jsonBody(c, rotateSchema)
    if (body instanceof Response) return body
    const tokens = await rotateLinks(meeting, allowed.mapId, body.which)
    const base = publicUrl ?? new URL(c.req.url).origin
    const id = allowed.mapId
    return c.json({
      ...(tokens.editToken
        ? { editToken: tokens.editToken, editUrl: shareUrl(base, id, tokens.editToken) }
        : {}),
      ...(tokens.viewToken
        ? { viewToken: tokens.viewToken, viewUrl: shareUrl(base, id, tokens.viewToken) }
        : {}),
    })
  })

  app.delete('/maps/:id', async (c) => {
    const allowed = await access(store, c, 'facilitate')
    if (allowed instanceof Response) return allowed
    await deleteMapForever(meeting, allowed.mapId)
    return c.body(null, 204)
  })

  return app
}
