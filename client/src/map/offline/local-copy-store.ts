/*
 * The name of a map's local copy and its deletion, without y-indexeddb, so the start page can
 * delete copies without loading the sync code.
 */

const PREFIX = 'quartiersnetz-map-'

/** The IndexedDB database name of a map's local copy. */
export function localCopyName(mapId: string): string {
  return `${PREFIX}${mapId}`
}

/** Deletes a map's local copy when no tab holds it open (start page, refused link). */
export function deleteLocalCopy(mapId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve()
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(localCopyName(mapId))
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
    // Another tab still has it open: it is deleted as soon as that tab closes it.
    request.onblocked = () => resolve()
  })
}

/**
 * Whether this browser holds a copy of the map: `true`/`false`, or `undefined` when the browser
 * cannot list its databases (then the caller tries to open it anyway).
 */
export async function hasLocalCopy(mapId: string): Promise<boolean | undefined> {
  if (typeof indexedDB === 'undefined') return false
  if (typeof indexedDB.databases !== 'function') return undefined
  try {
    const databases = await indexedDB.databases()
    return databases.some((d) => d.name === localCopyName(mapId))
  } catch {
    return undefined
  }
}
