/*
 * The map's whole state over HTTP (`GET /api/maps/:id/state`, server/src/collab/map-state.ts),
 * to draw the map before the live connection has synced. Opened through a map link, the app
 * asks for it at start, while the map's scripts still load (App.tsx); the map page takes that
 * answer instead of asking again. No Yjs here: this module is part of the first script.
 */

/** The state as one Yjs update, or null when there is none to have (offline, refused, error). */
export type MapState = Promise<Uint8Array | null>

/** Asks the server for the map's state; the token travels in a header, never in the URL. */
export async function fetchMapState(mapId: string, token: string): MapState {
  try {
    const response = await fetch(`/api/maps/${encodeURIComponent(mapId)}/state`, {
      headers: { authorization: `Bearer ${token}` },
    })
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null
  } catch {
    // No (whole) answer: offline, or the connection broke. The live connection and the local
    // copy take over, as they do without this.
    return null
  }
}

const early = new Map<string, MapState>()
const key = (mapId: string, token: string) => `${mapId}\n${token}`

/** Starts asking at app start, for the map page to take (`takeMapState`). */
export function prefetchMapState(mapId: string, token: string): void {
  early.set(key(mapId, token), fetchMapState(mapId, token))
}

/** The answer asked for at start for this map and token (once), or a new request. */
export function takeMapState(mapId: string, token: string): MapState {
  const k = key(mapId, token)
  const answer = early.get(k)
  early.delete(k)
  return answer ?? fetchMapState(mapId, token)
}
