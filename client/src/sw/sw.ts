/// <reference lib="webworker" />
/*
 * The service worker: keeps the app shell (index.html and the built files) so `/` and
 * `/m/<id>` open without network, e.g. after a browser restart on a train. The map itself
 * lives in IndexedDB (map/offline); this worker never touches the API or the WebSocket.
 * Built by vite-plugin-pwa (injectManifest), which inserts the precache list and bundles
 * Workbox into this one file: nothing is loaded from a CDN.
 */
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching'
import { networkFirst } from './network-first.ts'
import { SHELL_NETWORK_TIMEOUT_MS, swRoute } from './sw-routes.ts'

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>
}

// A new deployment takes over at once (its precache replaces the old one); pages keep
// working because navigations always ask the network first.
void self.skipWaiting()
clientsClaim()
cleanupOutdatedCaches()
precache(self.__WB_MANIFEST)

function shell(request: Request): Promise<Response> {
  return networkFirst(
    () => fetch(request),
    () => matchPrecache('index.html'),
    SHELL_NETWORK_TIMEOUT_MS,
  )
}

async function asset(request: Request): Promise<Response> {
  return (await matchPrecache(request.url)) ?? fetch(request)
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  const route = swRoute(request, self.location.origin)
  if (route === 'shell') event.respondWith(shell(request))
  else if (route === 'asset') event.respondWith(asset(request))
  // 'network': no respondWith, the browser fetches as if there were no worker.
})
