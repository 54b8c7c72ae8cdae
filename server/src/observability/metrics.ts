import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/*
 * The server's Prometheus metrics. One registry per server instance (not prom-client's global
 * one), so tests can run several servers in one process. Labels carry reasons, routes and
 * status codes only — never map ids, which would make one series per map.
 */

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

export interface Metrics {
  readonly registry: Registry
  /** Open /collab WebSockets. */
  readonly connections: Gauge
  /** Document updates received from clients (Update and SyncStep2 frames). */
  readonly updatesReceived: Counter
  /** Frames or connections refused by a limit, by reason (the close reason). */
  readonly rejected: Counter<'reason'>
  /** Time to append one update to the journal, seconds. */
  readonly journalAppendSeconds: Histogram
  /** Time to compact a map (write its snapshot, drop its journal), seconds. */
  readonly storeSeconds: Histogram
  readonly httpRequests: Counter<'method' | 'route' | 'status'>
  /** Reports the number of open maps when scraped. */
  setOpenMaps(count: () => number): void
}

/** Creates the metrics of one server, with Node's process metrics under the same prefix. */
export function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'quartiersnetz_' })
  let openMaps = () => 0
  new Gauge({
    name: 'quartiersnetz_open_maps',
    help: 'Maps loaded in memory (at least one connection or still storing).',
    registers: [registry],
    collect() {
      this.set(openMaps())
    },
  })
  return {
    registry,
    connections: new Gauge({
      name: 'quartiersnetz_connections',
      help: 'Open WebSocket connections on /collab.',
      registers: [registry],
    }),
    updatesReceived: new Counter({
      name: 'quartiersnetz_updates_received_total',
      help: 'Document updates received from clients.',
      registers: [registry],
    }),
    rejected: new Counter({
      name: 'quartiersnetz_rejected_total',
      help: 'Frames and connections refused by a limit or check, by reason.',
      labelNames: ['reason'],
      registers: [registry],
    }),
    journalAppendSeconds: new Histogram({
      name: 'quartiersnetz_journal_append_seconds',
      help: 'Time to append one update to the journal (durable before the edit is confirmed).',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    storeSeconds: new Histogram({
      name: 'quartiersnetz_store_seconds',
      help: 'Time to compact a map into its snapshot.',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    httpRequests: new Counter({
      name: 'quartiersnetz_http_requests_total',
      help: 'HTTP requests by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    setOpenMaps(count) {
      openMaps = count
    },
  }
}
