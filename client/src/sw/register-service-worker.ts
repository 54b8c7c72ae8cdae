/*
 * Registers the offline app shell's worker (sw.ts) in production builds. In development
 * (`npm run dev`) Vite serves unbuilt modules and a worker would only get in the way.
 */

/** The worker's URL; at the root, so its scope covers `/` and every `/m/<id>`. */
export const SERVICE_WORKER_URL = '/sw.js'

const REGISTER_DELAY_MS = 3_000

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // Precaching downloads every built file (megabytes, the layout engine included). Started at
  // `load`, it ran while a map was still being synced and drawn and made opening a 1 000-node
  // map 0.3-1.2 s slower (client/bench/timeline.ts): so it waits a little after `load` and then
  // for an idle moment of the page.
  const register = () => {
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' })
      .catch(() => {
        // Private mode or an old browser: everything still works online, only not offline.
      })
  }
  const later = () =>
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5_000 })
      else register()
    }, REGISTER_DELAY_MS)
  if (document.readyState === 'complete') later()
  else window.addEventListener('load', later, { once: true })
}
