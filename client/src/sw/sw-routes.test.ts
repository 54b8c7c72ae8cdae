import { matchesGlob } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isNeverCached, PRECACHE_GLOBS, type SwRequest, swRoute } from './sw-routes.ts'

const ORIGIN = 'https://karte.example.de'
const get = (path: string, mode = 'cors'): SwRequest => ({
  url: `${ORIGIN}${path}`,
  method: 'GET',
  mode,
})

describe('service worker routes', () => {
  it('answers page loads of the start page and of map links with the shell', () => {
    expect(swRoute(get('/', 'navigate'), ORIGIN)).toBe('shell')
    expect(swRoute(get('/index.html', 'navigate'), ORIGIN)).toBe('shell')
    expect(swRoute(get('/m/AbCdEfGhIjKlMnOpQrStUv', 'navigate'), ORIGIN)).toBe('shell')
  })

  it('serves built files from the precache', () => {
    expect(swRoute(get('/assets/index-abc123.js', 'cors'), ORIGIN)).toBe('asset')
    expect(swRoute(get('/assets/MapPage-xyz.css', 'no-cors'), ORIGIN)).toBe('asset')
  })

  it('never answers or caches the API, exports, the WebSocket or metrics', () => {
    const dynamic = [
      '/api/health',
      '/api/maps/AbCdEfGhIjKlMnOpQrStUv',
      '/api/maps/AbCdEfGhIjKlMnOpQrStUv/export/minutes.docx',
      '/api/maps/AbCdEfGhIjKlMnOpQrStUv/export/json',
      '/api',
      '/collab?map=AbCdEfGhIjKlMnOpQrStUv',
      '/collab',
      '/metrics',
    ]
    for (const path of dynamic) {
      expect(isNeverCached(new URL(`${ORIGIN}${path}`).pathname)).toBe(true)
      // Not even when the browser navigates there (an export link opened in a tab).
      for (const mode of ['navigate', 'cors', 'same-origin', 'no-cors']) {
        expect(swRoute(get(path, mode), ORIGIN), `${mode} ${path}`).toBe('network')
      }
    }
  })

  it('leaves requests that change something, other sites and other pages to the network', () => {
    expect(swRoute({ url: `${ORIGIN}/`, method: 'POST', mode: 'navigate' }, ORIGIN)).toBe('network')
    expect(swRoute({ url: `${ORIGIN}/assets/a.js`, method: 'HEAD', mode: 'cors' }, ORIGIN)).toBe(
      'network',
    )
    expect(swRoute(get('/assets/a.js'), 'https://other.example')).toBe('network')
    expect(swRoute(get('/sw.js'), ORIGIN)).toBe('network')
    expect(swRoute(get('/admin', 'navigate'), ORIGIN)).toBe('network')
    expect(swRoute({ url: 'not a url', method: 'GET', mode: 'navigate' }, ORIGIN)).toBe('network')
  })

  it('does not mistake paths that merely start like the API for it', () => {
    expect(isNeverCached('/apiary')).toBe(false)
    expect(isNeverCached('/metricsboard')).toBe(false)
  })

  it('precaches the shell and built files, not source maps or the worker itself', () => {
    const precached = (file: string) => PRECACHE_GLOBS.some((glob) => matchesGlob(file, glob))
    expect(precached('index.html')).toBe(true)
    expect(precached('assets/index-abc123.js')).toBe(true)
    expect(precached('assets/MapPage-abc123.css')).toBe(true)
    expect(precached('assets/index-abc123.js.map')).toBe(false)
    expect(precached('sw.js')).toBe(false)
  })
})
