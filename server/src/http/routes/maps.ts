import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { newMapInputSchema, writeMusterviertel } from '../../../../shared/src/index.ts'
import { createMap } from '../../app/create-map.ts'
import type { MapStateReader } from '../../collab/map-state.ts'
import type { MapStore } from '../../storage/map-store.ts'
import { apiError } from '../api-error.ts'
import { authorizeMap } from '../authorize-map.ts'
import { compressBody } from '../compress-body.ts'

/** The largest body the map API accepts; a title and an area need far less. */
export const MAX_API_BODY_BYTES = 16 * 1024

export interface MapRoutesOptions {
  readonly store: MapStore
  /** Base of share links; the request's origin when not configured. */
  readonly publicUrl?: string | undefined
  /** The maps' current states, for `GET /api/maps/:id/state`. */
  readonly state: MapStateReader
}

/** Sample maps a new map can start from; the server writes them, never a client. */
const SAMPLES = { musterviertel: writeMusterviertel } as const
const SAMPLE_AREA = { musterviertel: 'Musterviertel-Nord' } as const
const sampleSchema = z.object({ sample: z.enum(['musterviertel']).optional() })

/** `https://host/m/<id>#t=<token>`: the token travels in the fragment, never to a server. */
export function shareUrl(base: string, id: string, token: string): string {
  return `${base}/m/${id}#t=${token}`
}

/**
 * `POST /api/maps` (optionally filled with a sample: `{ sample: 'musterviertel' }`),
 * `GET /api/maps/:id` and `GET /api/maps/:id/state`.
 */
export function mapRoutes({ store, publicUrl, state }: MapRoutesOptions): Hono {
  const app = new Hono()

  app.post(
    '/maps',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: (c) => apiError(c, 413, 'payload_too_large'),
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? ''
      if (!/^application\/json\b/i.test(type)) return apiError(c, 415, 'unsupported_media_type')
      let body: unknown
      try {
        body = await c.req.json()
      } catch {
        return apiError(c, 400, 'invalid_json')
      }
      const input = newMapInputSchema.safeParse(body)
      const options = sampleSchema.safeParse(body)
      if (!input.success || !options.success) return apiError(c, 400, 'invalid_input')
      const sample = options.data.sample
      const created = sample
        ? await createMap(
            store,
            { area: SAMPLE_AREA[sample], ...input.data },
            (doc) => void SAMPLES[sample](doc),
          )
        : await createMap(store, input.data)
      const base = publicUrl ?? new URL(c.req.url).origin
      return c.json(
        {
          id: created.id,
          editToken: created.editToken,
          viewToken: created.viewToken,
          facilitatorToken: created.facilitatorToken,
          editUrl: shareUrl(base, created.id, created.editToken),
          viewUrl: shareUrl(base, created.id, created.viewToken),
          facilitatorUrl: shareUrl(base, created.id, created.facilitatorToken),
        },
        201,
      )
    },
  )

  app.get('/maps/:id', async (c) => {
    const access = await authorizeMap(store, c)
    if (!access) return apiError(c, 404, 'not_found')
    const map = await store.getMap(access.mapId)
    if (!map) return apiError(c, 404, 'not_found')
    return c.json({
      id: map.id,
      title: map.title,
      area: map.area,
      role: access.role,
      locked: map.locked ?? false,
    })
  })

  // The map as one Yjs update (collab/map-state.ts), for any role that may read it. It holds
  // no token, so unlike the other answers it may be compressed (about a fifth of the size).
  app.get('/maps/:id/state', async (c) => {
    const access = await authorizeMap(store, c)
    if (!access) return apiError(c, 404, 'not_found')
    const update = await state.read(access.mapId)
    if (!update) return apiError(c, 404, 'not_found')
    const { body, encoding } = await compressBody(update, c.req.header('accept-encoding'))
    c.header('Content-Type', 'application/octet-stream')
    c.header('Vary', 'Accept-Encoding')
    if (encoding) c.header('Content-Encoding', encoding)
    return c.body(new Uint8Array(body))
  })

  return app
}
