import { findRecentMap } from '../../start/recent-maps.ts'

const key = (mapId: string) => `quartiersnetz.token.${mapId}`

/** Reads the access token from a fragment like `#t=…` (or `#foo=1&t=…`). */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t')
  return token && token.length > 0 ? token : null
}

/**
 * The map's token: from the URL fragment (never a query string, so it stays out of server logs
 * and Referer headers), remembered in sessionStorage so a reload without the fragment still works.
 */
export function readToken(mapId: string): string | null {
  const fromHash = tokenFromHash(location.hash)
  try {
    if (fromHash) sessionStorage.setItem(key(mapId), fromHash)
    return fromHash ?? sessionStorage.getItem(key(mapId))
  } catch {
    return fromHash
  }
}

/** The token to open the map with: the link's, else the one this browser remembered. */
export function openingToken(mapId: string): string | null {
  return readToken(mapId) ?? findRecentMap(mapId)?.token ?? null
}

/** Forgets a token the server refused, so a reload does not try it again. */
export function forgetToken(mapId: string): void {
  try {
    sessionStorage.removeItem(key(mapId))
  } catch {
    // Nothing remembered.
  }
}
