import type { Context } from 'hono'
import { isMapId, type MapId } from '../../../shared/src/index.ts'
import { type Role, resolveRole } from '../auth/resolve-role.ts'
import type { MapStore } from '../storage/map-store.ts'

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i)
  return match?.[1]
}

/**
 * The map of the `:id` route parameter and the role the request's bearer token grants on it;
 * null for a malformed id, an unknown map and a wrong token alike, so ids cannot be probed.
 */
export async function authorizeMap(
  store: MapStore,
  c: Context,
): Promise<{ readonly mapId: MapId; readonly role: Role } | null> {
  const id = c.req.param('id')
  if (!isMapId(id)) return null
  const role = await resolveRole(store, id, bearerToken(c.req.header('authorization')))
  return role === 'none' ? null : { mapId: id, role }
}
