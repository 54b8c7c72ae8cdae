import { CLOSE_REASONS, type MapId } from '../../../shared/src/index.ts'
import { generateToken, hashToken } from '../auth/tokens.ts'
import type { Meeting } from './meeting.ts'

export type RotateWhich = 'edit' | 'view' | 'both'

/**
 * Replaces the edit and/or view token. The old ones stop working at once: new connections
 * are refused by their hash, and open connections that came in with them are closed with
 * the reason `link-rotated`. The new tokens are returned once; only their hashes are stored.
 */
export async function rotateLinks(
  meeting: Meeting,
  mapId: MapId,
  which: RotateWhich,
): Promise<{ editToken?: string; viewToken?: string }> {
  const editToken = which === 'view' ? undefined : generateToken()
  const viewToken = which === 'edit' ? undefined : generateToken()
  await meeting.store.rotateTokens(mapId, {
    ...(editToken ? { editTokenHash: hashToken(editToken) } : {}),
    ...(viewToken ? { viewTokenHash: hashToken(viewToken) } : {}),
  })
  const rotated = new Set<string>([...(editToken ? ['edit'] : []), ...(viewToken ? ['view'] : [])])
  meeting.live.close(mapId, CLOSE_REASONS.linkRotated, (c) => rotated.has(c.context.role))
  return { ...(editToken ? { editToken } : {}), ...(viewToken ? { viewToken } : {}) }
}

/**
 * Deletes a map for ever: its rows (document, journal, sessions, votes) go, a tombstone
 * stays so the id is refused for ever (an offline client's reconnect cannot bring it back),
 * and every open connection is closed with the reason `map-deleted`.
 */
export async function deleteMapForever(meeting: Meeting, mapId: MapId): Promise<void> {
  await meeting.serialize(mapId, async () => {
    // Refuse writes before the rows go, so nothing is journaled for a map that is gone.
    for (const connection of meeting.live.connections(mapId)) connection.readOnly = true
    await meeting.store.deleteMap(mapId)
    meeting.live.close(mapId, CLOSE_REASONS.mapDeleted)
    meeting.forgetMap(mapId)
  })
}
