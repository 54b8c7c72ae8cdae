import type { Page } from '@playwright/test'

/*
 * What the offline specs look at in the browser: the connection badge's offline state and the
 * map's local copy in IndexedDB (client/src/map/offline/local-copy.ts).
 */

export const offlineBadge = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'offline — Änderungen werden nachgereicht' })

/** The map's local copy in IndexedDB, as text (Yjs stores strings as UTF-8; empty when none). */
export function localCopyText(page: Page, mapId: string): Promise<string> {
  return page.evaluate(async (name) => {
    const names = (await indexedDB.databases()).map((d) => d.name)
    if (!names.includes(name)) return ''
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const updates = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    const decoder = new TextDecoder()
    return updates.map((u) => decoder.decode(u as Uint8Array)).join('\n')
  }, `quartiersnetz-map-${mapId}`)
}
