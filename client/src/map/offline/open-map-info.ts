import { findRecentMap, type RecentMap } from '../../start/recent-maps.ts'
import { fetchMapInfo, type MapInfo, type MapInfoResult } from '../sync/map-info.ts'
import { hasLocalCopy } from './local-copy-store.ts'

/*
 * Opening a map without the server: after a browser restart on a train, `GET /api/maps/<id>`
 * fails, but this browser remembers the map (start page's recent maps) and keeps its content
 * (IndexedDB). Then the map opens from there, edits are kept, and they merge on reconnect.
 */

export type OpenedMapInfo =
  | { readonly ok: true; readonly info: MapInfo; readonly fromLocalCopy: boolean }
  | { readonly ok: false; readonly reason: 'notFound' | 'server' | 'offline' }

/**
 * The map info as this browser remembered it. The role only counts for the same link: the list
 * keeps the strongest token of a map, and offline edits through a view link would be refused
 * (and lost) on reconnect, so another link opens read-only. The lock is the server's to tell;
 * the meeting state applies it once connected.
 */
export function rememberedMapInfo(recent: RecentMap | undefined, token: string): MapInfo | null {
  if (!recent) return null
  return {
    id: recent.id,
    title: recent.title,
    role: recent.token === token ? recent.role : 'view',
    locked: false,
    ...(recent.area ? { area: recent.area } : {}),
  }
}

/** Whether a failed map-info request may fall back to the local copy (never for "not found"). */
export function mayOpenLocally(result: MapInfoResult): boolean {
  return !result.ok && result.reason !== 'notFound'
}

/** Asks the server; when it cannot be reached, opens what this browser remembered. */
export async function openMapInfo(mapId: string, token: string): Promise<OpenedMapInfo> {
  const result = await fetchMapInfo(mapId, token)
  if (result.ok) return { ok: true, info: result.info, fromLocalCopy: false }
  if (!mayOpenLocally(result)) return result
  const info = rememberedMapInfo(findRecentMap(mapId), token)
  // An entry without a stored copy (storage refused, copy deleted) would open an empty map.
  if (info && (await hasLocalCopy(mapId)) !== false) return { ok: true, info, fromLocalCopy: true }
  return result
}
