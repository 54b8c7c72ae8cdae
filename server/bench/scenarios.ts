/*
 * What the bench measures on one server: propagation at several room sizes, many rooms at once,
 * the update rate before latency degrades, memory per open map and per idle connection.
 * Every measurement closes its clients again, so the next one starts from a quiet server.
 */
import { openRoom, type Peer } from './peers.ts'
import type { Target } from './targets.ts'
import { runTraffic, type TrafficResult } from './traffic.ts'

export interface BenchPlan {
  /** Clients in the one map of each propagation run. */
  readonly roomSizes: readonly number[]
  /** One writer moving a node this often per second (a drag). */
  readonly dragRate: number
  readonly durationMs: number
  /**
   * Deliveries a propagation run collects at least (it runs longer if need be). A p99 over
   * fewer is the maximum or close to it: 2 clients at 20 updates/s for 2 s gave 40, so one
   * scheduler hiccup on a shared machine decided that row and its ratio alone. With 200 the
   * p99 is the second highest delivery.
   */
  readonly minDeliveries: number
  /**
   * Untimed traffic in one map of 10 right after each server starts (10 writers, 200/s).
   * The clients all live in the bench process, so the first Hocuspocus server measured used to
   * pay for compiling the client code (provider, Yjs) in its first rows, and the next one found
   * it compiled: running the same servers in the other order, the bench process spent a third
   * more CPU time on the first one's 100-map row. Warmed like this, every server meets
   * compiled clients, and is itself past its start.
   */
  readonly startupWarmupMs: number
  /** Traffic before each measurement that is not counted (JIT, socket buffers, first sync). */
  readonly warmupMs: number
  readonly manyRooms: { readonly rooms: number; readonly clients: number; readonly rate: number }
  /** Total updates per second in one room of `clients`, each step `stepMs`, until p99 > limit. */
  readonly ramp: {
    readonly clients: number
    readonly rates: readonly number[]
    readonly stepMs: number
    readonly p99LimitMs: number
  }
  /** Server CPU per update: 10 writers in one map of 10 at this total rate, `durationMs`. */
  readonly cpuRate: number
  readonly memoryMaps: number
  readonly idleConnections: number
  readonly coldLoads: number
}

export interface RampResult {
  /** The highest total rate whose p99 stayed within the limit with every update delivered. */
  readonly sustainedRate: number
  readonly steps: readonly ({ readonly rate: number } & TrafficResult)[]
}

export interface MemoryResult {
  /** Heap growth per open 1 000-node map after full collections: what a map holds (judged). */
  readonly perMapHeapBytes: number | null
  /** RSS growth per map: information only (the allocator reuses pages freed earlier). */
  readonly perMapRssBytes: number | null
  readonly perConnectionRssBytes: number
  readonly perConnectionHeapBytes: number
}

const SETTLE_MS = 1_000
const SETTLE_TIMEOUT_MS = 30_000
const ROOM_BATCH = 10
const WARMUP_CLIENTS = 10
const WARMUP_RATE = 200

function closeAll(rooms: readonly (readonly Peer[])[]): void {
  for (const peers of rooms) for (const peer of peers) peer.close()
}

/** Connects `rooms` × `clients` peers, runs the traffic, closes them. */
export async function propagation(
  target: Target,
  rooms: number,
  clients: number,
  traffic: { writersPerRoom: number; ratePerRoom: number; durationMs: number },
  warmupMs: number,
): Promise<TrafficResult> {
  const open: Peer[][] = []
  try {
    // Several rooms connect at once: 100 rooms one after the other take long on a busy machine.
    while (open.length < rooms) {
      const batch = Math.min(ROOM_BATCH, rooms - open.length)
      const ready = Array.from({ length: batch }, () => target.room('small'))
      open.push(...(await Promise.all(ready.map((room) => openRoom(target, room, clients)))))
    }
    await runTraffic(open, { ...traffic, durationMs: warmupMs })
    return await runTraffic(open, traffic)
  } finally {
    closeAll(open)
  }
}

/** Untimed traffic in one fresh map of 10 (see `BenchPlan.startupWarmupMs`). */
export async function warmUp(target: Target, durationMs: number): Promise<void> {
  const peers = await openRoom(target, target.room('small'), WARMUP_CLIENTS)
  try {
    await runTraffic([peers], {
      writersPerRoom: WARMUP_CLIENTS,
      ratePerRoom: WARMUP_RATE,
      durationMs,
    })
  } finally {
    closeAll([peers])
  }
}

export interface CpuResult {
  readonly updates: number
  /** The server process's CPU time (user + system) per update, including its fan-out. */
  readonly cpuMsPerUpdate: number
}

/**
 * The server's CPU time per update at a steady rate (10 writers in one map of 10, so each
 * update is applied, journaled where a server does, and sent to 9 others plus its ack). Unlike
 * a p99 it hardly depends on what else the machine runs: a cost, not a wait.
 */
export async function cpuPerUpdate(
  target: Target,
  plan: BenchPlan,
  warmupMs: number,
): Promise<CpuResult> {
  const peers = await openRoom(target, target.room('small'), WARMUP_CLIENTS)
  const traffic = { writersPerRoom: WARMUP_CLIENTS, ratePerRoom: plan.cpuRate }
  try {
    await runTraffic([peers], { ...traffic, durationMs: warmupMs })
    const before = target.cpuMs()
    const result = await runTraffic([peers], { ...traffic, durationMs: plan.durationMs })
    return { updates: result.sent, cpuMsPerUpdate: (target.cpuMs() - before) / result.sent }
  } finally {
    closeAll([peers])
  }
}

/** Raises the total rate in one room until p99 exceeds the limit or an update goes missing. */
export async function ramp(
  target: Target,
  plan: BenchPlan['ramp'],
  warmupMs: number,
): Promise<RampResult> {
  const peers = await openRoom(target, target.room('small'), plan.clients)
  const steps: ({ rate: number } & TrafficResult)[] = []
  let sustainedRate = 0
  try {
    const first = plan.rates[0] ?? 0
    await runTraffic([peers], {
      writersPerRoom: plan.clients,
      ratePerRoom: first,
      durationMs: warmupMs,
    })
    for (const rate of plan.rates) {
      const result = await runTraffic([peers], {
        writersPerRoom: plan.clients,
        ratePerRoom: rate,
        durationMs: plan.stepMs,
      })
      steps.push({ rate, ...result })
      if (result.p99Ms > plan.p99LimitMs || result.delivered < result.expected) break
      sustainedRate = rate
    }
  } finally {
    closeAll([peers])
  }
  return { sustainedRate, steps }
}

/**
 * Memory after the server has had a moment to settle, each read after a full garbage collection
 * in the server: RSS as the median of five reads, the heap as their minimum. First waits until
 * the server holds exactly `documents` maps: maps of earlier scenarios that are still being
 * stored and unloaded would otherwise leave the baseline between the two reads and make the
 * maps opened in between look smaller than they are.
 */
async function settledMemory(
  target: Target,
  documents: number,
): Promise<{ rss: number; heap: number }> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS
  while ((await target.memory()).openDocuments !== documents) {
    if (Date.now() > deadline) throw new Error(`${target.name} did not settle at ${documents} maps`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  const reads = []
  for (let i = 0; i < 5; i++) {
    reads.push(await target.memory())
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const rss = reads.map((r) => r.rssBytes).sort((a, b) => a - b)
  return { rss: rss[2] as number, heap: Math.min(...reads.map((r) => r.heapUsedBytes)) }
}

/**
 * Memory growth per open 1 000-node map (one client each): (heap with N maps − heap with none)
 * / N; and per idle connection. One large map is opened and closed first, so compiling the
 * code that loads and syncs a large map (once per process) is not counted per map.
 */
export async function memory(target: Target, plan: BenchPlan): Promise<MemoryResult> {
  let perMapRssBytes: number | null = null
  let perMapHeapBytes: number | null = null
  if (target.protocol === 'hocuspocus') {
    closeAll([await openRoom(target, target.room('large'), 1)])
    const before = await settledMemory(target, 0)
    const maps: Peer[][] = []
    try {
      for (let i = 0; i < plan.memoryMaps; i++)
        maps.push(await openRoom(target, target.room('large'), 1))
      const after = await settledMemory(target, plan.memoryMaps)
      perMapRssBytes = (after.rss - before.rss) / plan.memoryMaps
      perMapHeapBytes = (after.heap - before.heap) / plan.memoryMaps
    } finally {
      closeAll(maps)
    }
  }
  // One map holds every idle connection, so the map itself is in the baseline.
  const room = target.room('small')
  const first = await openRoom(target, room, 1)
  const idle: Peer[][] = [first]
  // The relay holds a room as long as it has a socket; the others hold the map.
  try {
    const before = await settledMemory(target, 1)
    idle.push(await openRoom(target, { ...room, stored: true }, plan.idleConnections))
    const after = await settledMemory(target, 1)
    return {
      perMapRssBytes,
      perMapHeapBytes,
      perConnectionRssBytes: (after.rss - before.rss) / plan.idleConnections,
      perConnectionHeapBytes: (after.heap - before.heap) / plan.idleConnections,
    }
  } finally {
    closeAll(idle)
  }
}
