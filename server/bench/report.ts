/*
 * The bench's table: one row per measurement, the three servers side by side, our ratio to bare
 * Hocuspocus and to the relay, the DESIGN.md §7 budget and whether this run met it.
 */
import type { TargetResults } from './harness.ts'
import type { LayerResult } from './memory-per-map.ts'
import type { TargetName } from './targets.ts'
import type { TrafficResult } from './traffic.ts'

export interface Row {
  readonly measure: string
  readonly values: Readonly<Record<TargetName, string>>
  readonly vsBare: string
  readonly vsRelay: string
  readonly budget: string
  /** null: no budget, only information. */
  readonly pass: boolean | null
}

type Results = Readonly<Record<TargetName, TargetResults>>

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–')
const ratio = (ours: number | null | undefined, base: number | null | undefined) =>
  ours != null && base != null && base > 0 && Number.isFinite(ours)
    ? `${(ours / base).toFixed(2)}×`
    : '–'
const allDelivered = (t: TrafficResult | null | undefined) =>
  t != null && t.expected > 0 && t.delivered >= t.expected
const latency = (t: TrafficResult | null | undefined) =>
  t
    ? `${ms(t.p50Ms)} / ${ms(t.p99Ms)}${allDelivered(t) ? '' : ` (${t.delivered}/${t.expected})`}`
    : '–'

function perTarget(
  results: Results,
  pick: (r: TargetResults) => string,
): Record<TargetName, string> {
  return {
    'ws-relay': pick(results['ws-relay']),
    'bare-hocuspocus': pick(results['bare-hocuspocus']),
    quartiersnetz: pick(results.quartiersnetz),
  }
}

/** p99 budgets in ms by room size (DESIGN.md §7); every size also ≤ 1.2× bare Hocuspocus. */
const P99_BUDGET_MS: Readonly<Record<number, number>> = { 2: 10, 50: 50 }
const MAX_RATIO = 1.2

function propagationRows(results: Results): Row[] {
  return results.quartiersnetz.propagation.map((ours, i) => {
    const bare = results['bare-hocuspocus'].propagation[i]
    const relay = results['ws-relay'].propagation[i]
    const absolute = P99_BUDGET_MS[ours.clients]
    const withinRatio = bare !== undefined && ours.p99Ms <= MAX_RATIO * bare.p99Ms
    const withinAbsolute = absolute === undefined || ours.p99Ms <= absolute
    return {
      measure: `Propagation, ${ours.clients} clients in one map, p50 / p99 ms`,
      values: perTarget(results, (r) => latency(r.propagation[i])),
      vsBare: ratio(ours.p99Ms, bare?.p99Ms),
      vsRelay: ratio(ours.p99Ms, relay?.p99Ms),
      budget: `${absolute ? `p99 ≤ ${absolute} ms, ` : ''}≤ ${MAX_RATIO}× bare`,
      pass: withinRatio && withinAbsolute && allDelivered(ours),
    }
  })
}

/**
 * A map's memory is judged on heap growth after full collections: that is what the map holds.
 * RSS growth is shown beside it but says little per map: the allocator reuses pages that the
 * earlier scenarios freed (bare Hocuspocus has shown 1 MB RSS for 7 MB of heap per map).
 * Per connection the larger of the two is judged, as before (sockets also use native memory).
 */
const grown = (rss: number | null, heap: number | null) =>
  rss === null || heap === null ? Number.POSITIVE_INFINITY : Math.max(rss, heap)
const MB = 1024 * 1024
const KB = 1024
const MAP_BUDGET_BYTES = 5 * MB

/** The Y.Doc alone, measured in the same run (memory-per-map.ts): decoded and trimmed. */
export interface DocFloor {
  readonly decoded: LayerResult
  readonly trimmed: LayerResult
}

/** The rows of the table, in the order of DESIGN.md §7. */
export function buildRows(results: Results, floor?: DocFloor): Row[] {
  const ours = results.quartiersnetz
  const bare = results['bare-hocuspocus']
  const relay = results['ws-relay']
  const rows = propagationRows(results)
  if (ours.manyRooms) {
    rows.push({
      measure: '100 maps × 10 clients, p50 / p99 ms',
      values: perTarget(results, (r) => latency(r.manyRooms)),
      vsBare: ratio(ours.manyRooms.p99Ms, bare.manyRooms?.p99Ms),
      vsRelay: ratio(ours.manyRooms.p99Ms, relay.manyRooms?.p99Ms),
      budget: 'p99 ≤ 20 ms, all delivered',
      pass: ours.manyRooms.p99Ms <= 20 && allDelivered(ours.manyRooms),
    })
    rows.push({
      measure: '100 maps × 10 clients, updates delivered',
      values: perTarget(results, (r) => `${r.manyRooms?.delivered}/${r.manyRooms?.expected}`),
      vsBare: '',
      vsRelay: '',
      budget: 'every one',
      pass: allDelivered(ours.manyRooms),
    })
  }
  if (ours.ramp) {
    rows.push({
      measure: 'Updates/s in one map of 10 before p99 > 50 ms',
      values: perTarget(results, (r) => String(r.ramp?.sustainedRate ?? '–')),
      vsBare: ratio(ours.ramp.sustainedRate, bare.ramp?.sustainedRate),
      vsRelay: ratio(ours.ramp.sustainedRate, relay.ramp?.sustainedRate),
      budget: '(information)',
      pass: null,
    })
  }
  if (ours.cpu) {
    const perUpdate = (r: TargetResults) =>
      r.cpu && Number.isFinite(r.cpu.cpuMsPerUpdate)
        ? (r.cpu.cpuMsPerUpdate * 1000).toFixed(0)
        : '–'
    rows.push({
      measure: 'Server CPU time per update, 10 writers in one map of 10, µs',
      values: perTarget(results, perUpdate),
      vsBare: ratio(ours.cpu.cpuMsPerUpdate, bare.cpu?.cpuMsPerUpdate),
      vsRelay: ratio(ours.cpu.cpuMsPerUpdate, relay.cpu?.cpuMsPerUpdate),
      budget: '(information)',
      pass: null,
    })
  }
  if (ours.memory) {
    const heapPerMap = (r: TargetResults) =>
      r.memory?.perMapHeapBytes == null
        ? 'n/a'
        : `${(r.memory.perMapHeapBytes / MB).toFixed(2)} (RSS ${((r.memory.perMapRssBytes ?? 0) / MB).toFixed(2)})`
    const heap = ours.memory.perMapHeapBytes
    const withinBudget = heap !== null && heap <= MAP_BUDGET_BYTES
    // Beyond the budget because of the Y.Doc itself: the server around it cannot fix that.
    const floorAbove = floor !== undefined && floor.trimmed.perMapHeapBytes > MAP_BUDGET_BYTES
    rows.push({
      measure: 'Memory per open 1 000-node map, MB heap (RSS)',
      values: perTarget(results, heapPerMap),
      vsBare: ratio(heap, bare.memory?.perMapHeapBytes),
      vsRelay: 'n/a',
      budget: `≤ 5 MB heap${!withinBudget && floorAbove ? ' (Y.Doc alone is above)' : ''}`,
      pass: withinBudget,
    })
    if (floor) {
      rows.push({
        measure:
          'The Y.Doc alone per 1 000-node map, MB heap: as decoded (trimmed as ours holds it)',
        values: {
          'ws-relay': 'n/a',
          'bare-hocuspocus': (floor.decoded.perMapHeapBytes / MB).toFixed(2),
          quartiersnetz: `(${(floor.trimmed.perMapHeapBytes / MB).toFixed(2)})`,
        },
        vsBare: ratio(floor.trimmed.perMapHeapBytes, floor.decoded.perMapHeapBytes),
        vsRelay: 'n/a',
        budget: '(the floor: information)',
        pass: null,
      })
    }
    rows.push({
      measure: 'Memory per idle connection, KB heap (RSS)',
      values: perTarget(results, (r) =>
        r.memory
          ? `${(r.memory.perConnectionHeapBytes / KB).toFixed(1)} (RSS ${(r.memory.perConnectionRssBytes / KB).toFixed(1)})`
          : '–',
      ),
      // Ratios on heap, like per map: RSS deltas of a few KB are mostly allocator noise.
      vsBare: ratio(ours.memory.perConnectionHeapBytes, bare.memory?.perConnectionHeapBytes),
      vsRelay: ratio(ours.memory.perConnectionHeapBytes, relay.memory?.perConnectionHeapBytes),
      budget: '≤ 50 KB (RSS and heap)',
      pass: grown(ours.memory.perConnectionRssBytes, ours.memory.perConnectionHeapBytes) <= 50 * KB,
    })
  }
  if (ours.coldLoad) {
    const cold = ours.coldLoad
    rows.push({
      measure: 'Cold load of a 1 000-node map on the server, median / max ms',
      values: {
        'ws-relay': 'n/a',
        'bare-hocuspocus': 'n/a',
        quartiersnetz: `${ms(cold.inProcessMedianMs)} / ${ms(cold.inProcessMaxMs)}`,
      },
      vsBare: 'n/a',
      vsRelay: 'n/a',
      budget: 'max ≤ 50 ms',
      pass: cold.inProcessMaxMs <= 50,
    })
    rows.push({
      measure: 'Cold open end to end, extra over a tiny map, ms',
      values: {
        'ws-relay': 'n/a',
        'bare-hocuspocus': 'n/a',
        quartiersnetz: ms(cold.endToEndExtraMs ?? Number.NaN),
      },
      vsBare: 'n/a',
      vsRelay: 'n/a',
      budget: '(information)',
      pass: null,
    })
  }
  return rows
}

/** The rows as an aligned plain-text table. */
export function formatTable(rows: readonly Row[]): string {
  const header = [
    'Measure',
    'ws relay',
    'bare Hocuspocus',
    'Quartiersnetz',
    'vs bare',
    'vs relay',
    'Budget',
    'Result',
  ]
  const cells = rows.map((r) => [
    r.measure,
    r.values['ws-relay'],
    r.values['bare-hocuspocus'],
    r.values.quartiersnetz,
    r.vsBare,
    r.vsRelay,
    r.budget,
    r.pass === null ? '–' : r.pass ? 'PASS' : 'FAIL',
  ])
  const widths = header.map((h, c) =>
    Math.max(h.length, ...cells.map((row) => (row[c] ?? '').length)),
  )
  const line = (row: readonly string[]) =>
    row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n')
}
