/*
 * Registers the offline app shell's worker (sw.ts) in production builds. In development
 * (`npm run dev`) Vite serves unbuilt modules and a worker would only get in the way.
 */

/** The worker's URL; at the root, so its scope covers `/` and every `/m/<id>`. */
export const SERVICE_WORKER_URL = '/sw.js'

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // After the page has loaded, so precaching does not compete with the first paint.
  const register = () => {
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' })
      .catch(() => {
        // Private mode or an old browser: everything still works online, only not offline.
      })
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
