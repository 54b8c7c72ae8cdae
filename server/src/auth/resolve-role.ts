import type { MapId } from '../../../shared/src/index.ts'
import type { Role } from '../../../shared/src/meeting/meeting-types.ts'
import type { MapStore } from '../storage/map-store.ts'
import { hashMatches, hashToken, isTokenShaped } from './tokens.ts'

/** What a token lets its holder do with a map: view, edit or facilitate (moderation link). */
export type { Role }
export type RoleOrNone = Role | 'none'

/** The role a token grants on a map; 'none' for an unknown map and a wrong token alike. */
export async function resolveRole(
  store: Pick<MapStore, 'getMap'>,
  mapId: MapId,
  token: unknown,
): Promise<RoleOrNone> {
  if (!isTokenShaped(token)) return 'none'
  const map = await store.getMap(mapId)
  if (!map) return 'none'
  const presented = hashToken(token)
  // Compare with every hash every time, so timing does not tell which one matched.
  const facilitate = hashMatches(presented, map.facilitatorTokenHash ?? '')
  const edit = hashMatches(presented, map.editTokenHash)
  const view = hashMatches(presented, map.viewTokenHash)
  return facilitate ? 'facilitate' : edit ? 'edit' : view ? 'view' : 'none'
}

/** Whether a role may change the map while it is not locked. */
export const canWrite = (role: Role): boolean => role !== 'view'
