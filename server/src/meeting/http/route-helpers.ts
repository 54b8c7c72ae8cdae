import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { z } from 'zod'
import type { MapId, Role } from '../../../../shared/src/index.ts'
import { apiError } from '../../http/api-error.ts'
import { authorizeMap } from '../../http/authorize-map.ts'
import type { MapStore } from '../../storage/map-store.ts'

/** The largest JSON body of a meeting request (an attendance list of a big conference). */
export const MAX_MEETING_BODY_BYTES = 64 * 1024

export const limitBody = bodyLimit({
  maxSize: MAX_MEETING_BODY_BYTES,
  onError: (c) => apiError(c, 413, 'payload_too_large'),
})

export type Access = { readonly mapId: MapId; readonly role: Role }

/**
 * The caller's access, or the error response: 404 for a wrong token or unknown map (ids
 * cannot be probed), 403 when the token is valid but the facilitator's is needed.
 */
export async function access(
  store: MapStore,
  c: Context,
  needs: 'any' | 'facilitate',
): Promise<Access | Response> {
  const found = await authorizeMap(store, c)
  if (!found) return apiError(c, 404, 'not_found')
  if (needs === 'facilitate' && found.role !== 'facilitate') return apiError(c, 403, 'forbidden')
  return found
}

/** The request's JSON body parsed with `schema`, or the error response. */
export async function jsonBody<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<z.infer<T> | Response> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) return apiError(c, 415, 'unsupported_media_type')
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return apiError(c, 400, 'invalid_json')
  }
  const parsed = schema.safeParse(body)
  return parsed.success ? parsed.data : apiError(c, 400, 'invalid_request')
}
