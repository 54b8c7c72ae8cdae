import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMap } from '../testing/clients.ts'
import { makeTempDir, type TempDir } from '../testing/temp-dir.ts'
import { startServerInTempDir } from '../testing/test-server.ts'

/*
 * Every response carries the security headers (DESIGN.md §6, reliability notes §0.15 and P1):
 * pages, assets, API answers, errors, /metrics and a refused WebSocket upgrade alike.
 */

let server: Awaited<ReturnType<typeof startServerInTempDir>>
let client: TempDir

beforeAll(async () => {
  client = makeTempDir()
  writeFileSync(join(client.path, 'index.html'), '<!doctype html><title>Quartiersnetz</title>')
  mkdirSync(join(client.path, 'assets'))
  writeFileSync(join(client.path, 'assets', 'app.js'), 'export {}')
  server = await startServerInTempDir({ clientDir: client.path })
})

afterAll(async () => {
  await server.dispose()
  client.remove()
})

it('every kind of response carries CSP, Referrer-Policy, nosniff and Permissions-Policy', async () => {
  const map = await createMap(server.server.url)
  const base = server.server.url
  const requests: [string, RequestInit?][] = [
    ['/'],
    [`/m/${map.id}`],
    ['/assets/app.js'],
    ['/api/health'],
    [`/api/maps/${map.id}`, { headers: { authorization: `Bearer ${map.viewToken}` } }],
    [`/api/maps/${map.id}`, { headers: { authorization: 'Bearer wrong' } }],
    [`/api/maps/${map.id}/export/json`, { headers: { authorization: `Bearer ${map.viewToken}` } }],
    ['/api/nothing-here'],
    ['/metrics'],
    ['/collab', { headers: { origin: 'https://evil.example' } }],
  ]
  const statuses = new Set<number>()
  for (const [path, init] of requests) {
    const response = await fetch(`${base}${path}`, init)
    await response.arrayBuffer()
    statuses.add(response.status)
    const header = (name: string) => response.headers.get(name)
    const where = `${init?.headers ? JSON.stringify(init.headers) : ''} ${path} → ${response.status}`
    expect(header('content-security-policy'), where).toMatch(/^default-src 'self'; /)
    expect(header('content-security-policy'), where).toContain("frame-ancestors 'none'")
    expect(header('content-security-policy'), where).not.toMatch(/https?:\/\//)
    expect(header('referrer-policy'), where).toBe('no-referrer')
    expect(header('x-content-type-options'), where).toBe('nosniff')
    expect(header('permissions-policy'), where).toContain('camera=()')
    expect(header('permissions-policy'), where).toContain('geolocation=()')
    expect(header('x-frame-options'), where).toBe('DENY')
  }
  // The list above really covers successes, refusals and errors.
  expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 403, 404]))
})
