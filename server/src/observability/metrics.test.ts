import { afterEach, expect, it } from 'vitest'
import { addNode } from '../../../shared/src/index.ts'
import { connect, createMap, destroyAllClients, waitUntilConfirmed } from '../testing/clients.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'
import { routeLabel } from './http-metrics.ts'
import { createMetrics } from './metrics.ts'
import { metricsRoute } from './metrics-route.ts'

type Running = Awaited<ReturnType<typeof startServerInTempDir>>
const running: Running[] = []

afterEach(async () => {
  destroyAllClients()
  await Promise.all(running.splice(0).map((server) => server.dispose()))
})

async function start(options: Parameters<typeof startServerInTempDir>[0] = {}) {
  const server = await startServerInTempDir(options)
  running.push(server)
  return server
}

/** The value of one sample line (`name{labels} value`) of a Prometheus text body. */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

it('GET /metrics from the machine itself reports connections, maps, updates, latencies and requests', async () => {
  const server = await start()
  const map = await createMap(server.server.url)
  const client = await connect(server.collabUrl, map.id, map.editToken)
  addNode(client.doc, { kind: 'agency', label: 'Jugendamt', position: { x: 0, y: 0 } })
  await waitUntilConfirmed(client)

  const response = await fetch(`${server.server.url}/metrics`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
  const body = await response.text()
  expect(sample(body, 'quartiersnetz_connections')).toBe(1)
  expect(sample(body, 'quartiersnetz_open_maps')).toBe(1)
  expect(sample(body, 'quartiersnetz_updates_received_total')).toBeGreaterThanOrEqual(1)
  expect(sample(body, 'quartiersnetz_journal_append_seconds_count')).toBeGreaterThanOrEqual(1)
  expect(body).toContain('# TYPE quartiersnetz_store_seconds histogram')
  expect(body).toContain('# TYPE quartiersnetz_rejected_total counter')
  expect(
    sample(body, 'quartiersnetz_http_requests_total{method="POST",route="/api/maps",status="201"}'),
  ).toBe(1)
  expect(body).toContain('quartiersnetz_process_resident_memory_bytes')
  // No map id in any label: one series per map would be unbounded (and ids are secrets' kin).
  expect(body).not.toContain(map.id)

  client.destroy()
  await waitFor('the connection gauge to drop to 0', async () => {
    const text = await (await fetch(`${server.server.url}/metrics`)).text()
    return sample(text, 'quartiersnetz_connections') === 0
  })
})

it('with METRICS_TOKEN set, /metrics needs that bearer token', async () => {
  const token = 'scrape-secret-0123456789'
  const server = await start({ metricsToken: token })
  const url = `${server.server.url}/metrics`
  expect((await fetch(url)).status).toBe(401)
  expect(
    (await fetch(url, { headers: { authorization: 'Bearer wrong-secret-0123456789' } })).status,
  ).toBe(401)
  expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
})

it('without a token, /metrics is refused to anyone but loopback', async () => {
  const app = metricsRoute({ metrics: createMetrics() })
  // In-process requests have no socket address, like a request from elsewhere.
  expect((await app.request('/metrics')).status).toBe(403)
})

it('requests are counted by route pattern, never by map id or arbitrary path', () => {
  const id = 'V1StGXR8_Z5jdHi6B-myTx'
  expect(routeLabel(`/api/maps/${id}/export/csv`, 200)).toBe('/api/maps/:id/export/csv')
  expect(routeLabel(`/m/${id}`, 200)).toBe('/m/:id')
  expect(routeLabel('/assets/index-abc123.js', 200)).toBe('/assets/*')
  expect(routeLabel('/wp-admin/setup.php', 404)).toBe('unmatched')
  expect(routeLabel('/', 200)).toBe('static')
  expect(routeLabel('/api/maps/Strange%20Name!/export', 401)).toBe('/api/maps/:param/export')
})
