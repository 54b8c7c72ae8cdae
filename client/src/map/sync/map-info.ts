export type Role = 'edit' | 'view' | 'facilitate'

/** What `GET /api/maps/:id` tells a token holder about the map. */
export interface MapInfo {
  readonly id: string
  readonly title: string
  readonly area?: string
  readonly role: Role
  /** Whether the facilitator has locked the map (participants read-only). */
  readonly locked?: boolean
}

export type MapInfoResult =
  | { readonly ok: true; readonly info: MapInfo }
  /** `offline`: the request never reached the server (no network); `server`: it failed there. */
  | { readonly ok: false; readonly reason: 'notFound' | 'server' | 'offline' }

function parseInfo(value: unknown): MapInfo | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (typeof v.id !== 'string' || typeof v.title !== 'string') return null
  if (v.role !== 'edit' && v.role !== 'view' && v.role !== 'facilitate') return null
  return {
    id: v.id,
    title: v.title,
    role: v.role,
    locked: v.locked === true,
    ...(typeof v.area === 'string' && v.area !== '' ? { area: v.area } : {}),
  }
}

/** Asks the server who we are on this map; the token travels in a header, never in the URL. */
export async function fetchMapInfo(mapId: string, token: string): Promise<MapInfoResult> {
  let response: Response
  try {
    response = await fetch(`/api/maps/${encodeURIComponent(mapId)}`, {
      headers: { authorization: `Bearer ${token}` },
    })
  } catch {
    // fetch rejects only when no answer came at all: no network, DNS, server gone.
    return { ok: false, reason: 'offline' }
  }
  try {
    if (response.status === 404 || response.status === 401 || response.status === 403) {
      return { ok: false, reason: 'notFound' }
    }
    if (!response.ok) return { ok: false, reason: 'server' }
    const info = parseInfo(await response.json())
    return info ? { ok: true, info } : { ok: false, reason: 'server' }
  } catch {
    return { ok: false, reason: 'server' }
  }
}
