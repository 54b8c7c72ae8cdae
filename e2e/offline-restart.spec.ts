import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test'
import { addNode, createMap, joinAs, newUser, node } from './helpers.ts'
import { localCopyText, offlineBadge } from './local-copy.ts'

/*
 * A browser restart without network: the profile (service worker, its cache, IndexedDB,
 * localStorage) survives, the network does not. The page must still load, show the map as it
 * was, take new edits and deliver them once the network is back.
 */

/** Whether the state the server confirmed is stored next to the local copy (unsent-changes.ts). */
function hasConfirmedState(page: Page, mapId: string): Promise<boolean> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    if (!db.objectStoreNames.contains('custom')) {
      db.close()
      return false
    }
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('custom').objectStore('custom').get('confirmed')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    return value instanceof ArrayBuffer && value.byteLength > 0
  }, `quartiersnetz-map-${mapId}`)
}

/** Cuts every request of the context, the service worker's included. */
async function goOffline(context: BrowserContext, origin: string): Promise<void> {
  await context.setOffline(true)
  // Belt and braces: should the emulation miss the worker's own fetches, routing does not.
  await context.route(`${origin}/**`, (route) => route.abort('internetdisconnected'))
}

/** Whether the page can reach the server at all right now. */
const reachesServer = (page: Page) =>
  page.evaluate(() =>
    fetch('/api/health', { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  )

async function goOnline(context: BrowserContext, origin: string): Promise<void> {
  await context.unroute(`${origin}/**`)
  await context.setOffline(false)
}

test('a map opened before loads after a browser restart without network, and its edits merge later', async ({
  browser,
  baseURL,
  launchOptions,
}) => {
  test.setTimeout(120_000)
  if (!baseURL) throw new Error('baseURL is not configured')
  const origin = new URL(baseURL).origin
  const profile = mkdtempSync(join(tmpdir(), 'quartiersnetz-profile-'))
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
      locale: 'de-DE',
      viewport: { width: 1280, height: 800 },
    })
  try {
    // Online: open the map, edit, and let the service worker keep the app shell.
    const first = await launch()
    const anna = first.pages()[0] ?? (await first.newPage())
    const map = await createMap(anna, 'Netzwerk Mülheim')
    await joinAs(anna, map.editUrl, 'Anna')
    await addNode(anna, 'Träger', 'Stadtteilbüro')
    await expect(anna.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
    await expect.poll(() => localCopyText(anna, map.id)).toContain('Stadtteilbüro')
    await expect.poll(() => hasConfirmedState(anna, map.id)).toBe(true)
    // Installed means precached: the worker activates only after its precache is complete.
    await anna.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await first.close()

    // The browser restarts, the network is gone.
    const second = await launch()
    await goOffline(second, origin)
    const page = second.pages()[0] ?? (await second.newPage())

    // The start page loads from the worker's cache and still lists the map.
    const start = await page.goto('/')
    expect(start?.fromServiceWorker()).toBe(true)
    expect(await reachesServer(page), 'the test network must really be cut').toBe(false)
    await page.getByRole('link', { name: /Netzwerk Mülheim/ }).click()
    await expect(page).toHaveURL(new RegExp(`/m/${map.id}`))
    await expect(node(page, 'Träger', 'Stadtteilbüro')).toBeVisible()
    await expect(offlineBadge(page)).toBeVisible()

    // A full page load of the map link works too (reload, bookmark), with the earlier edit.
    const reloaded = await page.reload()
    expect(reloaded?.fromServiceWorker()).toBe(true)
    await expect(node(page, 'Träger', 'Stadtteilbüro')).toBeVisible()
    await expect(offlineBadge(page)).toBeVisible()
    await expect(page).toHaveTitle(/Netzwerk Mülheim/)
    // Reloading what the server had confirmed is no change waiting to be sent.
    await expect(offlineBadge(page)).not.toContainText('ausstehend')

    await addNode(page, 'Ressource', 'Repair-Café')
    await expect(offlineBadge(page)).toContainText('ausstehend')
    await expect.poll(() => localCopyText(page, map.id)).toContain('Repair-Café')

    // Back online: the edit reaches the server, and a fresh client sees both.
    await goOnline(second, origin)
    await expect(page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible({
      timeout: 40_000,
    })
    const bert = await newUser(browser)
    await joinAs(bert.page, map.editUrl, 'Bert')
    await expect(node(bert.page, 'Ressource', 'Repair-Café')).toBeVisible()
    await expect(node(bert.page, 'Träger', 'Stadtteilbüro')).toBeVisible()
    await bert.context.close()
    await second.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

test('a map this browser never opened gets a clear message offline, not a blank page', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('baseURL is not configured')
  const origin = new URL(baseURL).origin
  const anna = await newUser(browser)
  // Anna has the app (and its worker) from the start page, but has never opened this map.
  await anna.page.goto('/')
  await anna.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  const map = await createMap(anna.page, 'Fremde Karte')
  await goOffline(anna.context, origin)

  await anna.page.goto(map.editUrl)
  await expect(anna.page.getByRole('alert')).toContainText(
    'diese Karte ist auf diesem Gerät nicht gespeichert',
  )
  await expect(anna.page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible()

  // Once the network is back, "try again" opens it.
  await goOnline(anna.context, origin)
  await anna.page.getByRole('button', { name: 'Erneut versuchen' }).click()
  await expect(
    anna.page.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' }),
  ).toBeVisible()
  await anna.context.close()
})
