/*
 * The server bench as a library: a plan (full or quick), one server at a time in its own process
 * (so the others do not compete for the CPU), every measurement in the same order for each.
 */
import { type ColdLoadResult, coldLoad } from './cold-load.ts'
import {
  type BenchPlan,
  type CpuResult,
  cpuPerUpdate,
  type MemoryResult,
  memory,
  propagation,
  type RampResult,
  ramp,
  warmUp,
} from './scenarios.ts'
import { type MapPool, startTarget, type TargetName } from './targets.ts'
import type { TrafficResult } from './traffic.ts'

export const FULL_PLAN: BenchPlan = {
  roomSizes: [2, 10, 50, 100],
  dragRate: 20,
  durationMs: 5_000,
  minDeliveries: 200,
  startupWarmupMs: 3_000,
  warmupMs: 1_000,
  // A whole district's meetings at once: one person dragging now and then in every map.
  manyRooms: { rooms: 100, clients: 10, rate: 2 },
  ramp: {
    clients: 10,
    rates: [20, 50, 100, 200, 400, 800, 1600, 3200, 6400],
    stepMs: 2_000,
    p99LimitMs: 50,
  },
  cpuRate: 1_000,
  memoryMaps: 20,
  idleConnections: 300,
  coldLoads: 10,
}

export const QUICK_PLAN: BenchPlan = {
  ...FULL_PLAN,
  durationMs: 2_000,
  warmupMs: 500,
  startupWarmupMs: 2_000,
  ramp: { ...FULL_PLAN.ramp, stepMs: 1_000 },
  memoryMaps: 5,
  idleConnections: 100,
  coldLoads: 5,
}

export interface TargetResults {
  readonly name: TargetName
  readonly propagation: readonly ({ readonly clients: number } & TrafficResult)[]
  readonly manyRooms: TrafficResult | null
  readonly ramp: RampResult | null
  readonly cpu: CpuResult | null
  readonly memory: MemoryResult | null
  readonly coldLoad: ColdLoadResult | null
}

/** Which parts run; the smoke test runs only a short propagation. */
export interface RunParts {
  readonly manyRooms: boolean
  readonly ramp: boolean
  readonly cpu: boolean
  readonly memory: boolean
  readonly coldLoad: boolean
}

export const ALL_PARTS: RunParts = {
  manyRooms: true,
  ramp: true,
  cpu: true,
  memory: true,
  coldLoad: true,
}

function poolFor(plan: BenchPlan, parts: RunParts): MapPool {
  return {
    small:
      (plan.startupWarmupMs > 0 ? 1 : 0) +
      plan.roomSizes.length +
      (parts.manyRooms ? plan.manyRooms.rooms : 0) +
      (parts.ramp ? 1 : 0) +
      (parts.cpu ? 1 : 0) +
      (parts.memory ? 1 : 0) +
      (parts.coldLoad ? plan.coldLoads : 0),
    // The memory scenario opens one large map first to warm up.
    large: (parts.memory ? plan.memoryMaps + 1 : 0) + (parts.coldLoad ? plan.coldLoads : 0),
  }
}

/** How long one propagation run in a map of `clients` lasts: the plan's time, or longer. */
export function propagationMs(plan: BenchPlan, clients: number): number {
  const perSecond = plan.dragRate * Math.max(1, clients - 1)
  return Math.max(plan.durationMs, Math.ceil((plan.minDeliveries * 1000) / perSecond))
}

/** Runs the plan against one server, started here and always stopped again. */
export async function benchTarget(
  name: TargetName,
  plan: BenchPlan,
  parts: RunParts = ALL_PARTS,
  log: (line: string) => void = () => {},
): Promise<TargetResults> {
  const target = await startTarget(name, poolFor(plan, parts))
  try {
    if (plan.startupWarmupMs > 0) {
      log(`${name}: warming up`)
      await warmUp(target, plan.startupWarmupMs)
    }
    const rows: ({ clients: number } & TrafficResult)[] = []
    for (const clients of plan.roomSizes) {
      log(`${name}: ${clients} clients in one map`)
      const durationMs = propagationMs(plan, clients)
      const traffic = { writersPerRoom: 1, ratePerRoom: plan.dragRate, durationMs }
      rows.push({ clients, ...(await propagation(target, 1, clients, traffic, plan.warmupMs)) })
    }
    let manyRooms: TrafficResult | null = null
    if (parts.manyRooms) {
      const { rooms, clients, rate } = plan.manyRooms
      log(`${name}: ${rooms} maps × ${clients} clients`)
      const traffic = { writersPerRoom: 1, ratePerRoom: rate, durationMs: plan.durationMs }
      manyRooms = await propagation(target, rooms, clients, traffic, plan.warmupMs)
    }
    if (parts.ramp) log(`${name}: ramping the update rate`)
    const rampResult = parts.ramp ? await ramp(target, plan.ramp, plan.warmupMs) : null
    if (parts.cpu) log(`${name}: CPU time per update`)
    const cpu = parts.cpu ? await cpuPerUpdate(target, plan, plan.warmupMs) : null
    if (parts.memory) log(`${name}: memory per map and per connection`)
    const memoryResult = parts.memory ? await memory(target, plan) : null
    const cold =
      parts.coldLoad && name === 'quartiersnetz' ? await coldLoad(target, plan.coldLoads) : null
    return {
      name,
      propagation: rows,
      manyRooms,
      ramp: rampResult,
      cpu,
      memory: memoryResult,
      coldLoad: cold,
    }
  } finally {
    await target.close()
  }
}
