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

/** Forgets a token the server refused, so a reload does not try it again. */
export function forgetToken(mapId: string): void {
  try {
    sessionStorage.removeItem(key(mapId))
  } catch {
    // Nothing remembered.
  }
}
