/*
 * Registers the offline app shell's worker (sw.ts) in production builds. In development
 * (`npm run dev`) Vite serves unbuilt modules and a worker would only get in the way.
 */

import { whenQuiet } from './when-quiet.ts'

/** The worker's URL; at the root, so its scope covers `/` and every `/m/<id>`. */
export const SERVICE_WORKER_URL = '/sw.js'

const REGISTER_DELAY_MS = 3_000
const QUIET = { quietMs: 2_000, latestMs: 30_000 }

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // Precaching downloads every built file (megabytes, the layout engine included) and keeps a
  // core of this machine busy for a while. Started at `load`, it ran while a map was still
  // being synced and drawn and made opening a 1 000-node map 0.3-1.2 s slower; started at the
  // first idle moment, it ran during the first drag, which then stuttered (both seen with
  // client/bench/timeline.ts). So it waits a little after `load`, then until nobody has used
  // the page for two seconds (30 s at the latest), then for an idle moment.
  const register = () => {
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' })
      .catch(() => {
        // Private mode or an old browser: everything still works online, only not offline.
      })
  }
  const idle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5_000 })
    else register()
  }
  const later = () => window.setTimeout(() => whenQuiet(window, idle, QUIET), REGISTER_DELAY_MS)
  if (document.readyState === 'complete') later()
  else window.addEventListener('load', later, { once: true })
}
