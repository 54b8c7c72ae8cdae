import { brotliDecompressSync } from 'node:zlib'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../test-app.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

it('answers 503 with a build hint in German and English while no client is built', async () => {
  for (const path of ['/', '/m/abc']) {
    const response = await t.app.request(path)
    expect(response.status).toBe(503)
    const text = await response.text()
    expect(text).toContain('npm run build')
    expect(text).toMatch(/noch nicht gebaut/)
    expect(text).toMatch(/not been built/)
  }
})

it('serves index.html for / and every map link, always revalidated', async () => {
  t.writeClientFile('index.html', '<!doctype html><title>Quartiersnetz</title>')
  for (const path of ['/', '/m/AbCdEfGhIjKlMnOpQrStUv']) {
    const response = await t.app.request(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(await response.text()).toContain('<title>Quartiersnetz</title>')
  }
})

it('serves hashed assets as immutable and other root files revalidated', async () => {
  t.writeClientFile('index.html', 'x')
  t.writeClientFile('assets/index-abc123.js', 'console.log(1)')
  t.writeClientFile('favicon.svg', '<svg/>')
  const asset = await t.app.request('/assets/index-abc123.js')
  expect(asset.status).toBe(200)
  expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  const icon = await t.app.request('/favicon.svg')
  expect(icon.headers.get('content-type')).toBe('image/svg+xml')
  expect(icon.headers.get('cache-control')).toBe('no-cache')
})

it('does not serve files outside the client directory or missing assets', async () => {
  t.writeClientFile('index.html', 'x')
  for (const path of [
    '/assets/missing.js',
    '/%2e%2e/test.sqlite',
    '/..%2ftest.sqlite',
    '/assets',
  ]) {
    expect((await t.app.request(path)).status).toBe(404)
  }
})

it('serves the service worker from the root, revalidated on every update check', async () => {
  t.writeClientFile('index.html', 'x')
  t.writeClientFile('sw.js', 'self.addEventListener("fetch", () => {})')
  const response = await t.app.request('/sw.js')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(response.headers.get('cache-control')).toBe('no-cache')
  // No header may narrow or widen its scope: at the root it controls `/` and `/m/*`.
  expect(response.headers.get('service-worker-allowed')).toBeNull()
})

it('sends the client compressed to browsers that accept it, and plain to others', async () => {
  const page = `<!doctype html><title>Quartiersnetz</title>${'<p>Sozialraum</p>'.repeat(200)}`
  t.writeClientFile('index.html', page)
  const compressed = await t.app.request('/m/AbCdEfGhIjKlMnOpQrStUv', {
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  })
  expect(compressed.headers.get('content-encoding')).toBe('br')
  expect(compressed.headers.get('vary')).toBe('Accept-Encoding')
  const bytes = Buffer.from(await compressed.arrayBuffer())
  expect(bytes.length).toBeLessThan(page.length / 10)
  expect(brotliDecompressSync(bytes).toString()).toBe(page)
  const plain = await t.app.request('/')
  expect(plain.headers.get('content-encoding')).toBeNull()
  expect(await plain.text()).toBe(page)
})
