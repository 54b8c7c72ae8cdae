/*
 * Edit propagation: writers move their nodes at a fixed total rate per room; every other peer
 * of the room records the time from the write to its observation (one process, one clock).
 * Every loop is bounded: sending stops after `durationMs`, draining after DRAIN_MS.
 */
import { waitFor } from '../src/testing/wait-for.ts'
import type { Peer } from './peers.ts'

export interface TrafficOptions {
  /** Peers that write, per room (the first ones); all peers read. */
  readonly writersPerRoom: number
  /** Updates per second per room, spread over its writers. */
  readonly ratePerRoom: number
  readonly durationMs: number
}

export interface TrafficResult {
  readonly sent: number
  /** sent × (peers in the room − 1), summed over rooms. */
  readonly expected: number
  readonly delivered: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly maxMs: number
}

const TICK_MS = 5
const DRAIN_MS = 5_000
/** Sequence numbers never repeat within a run, so a late frame can never be mistaken. */
let nextSeq = 0

/** The q-quantile of ascending `sorted` (nearest rank); NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] as number
}

/** What one room has written: per writer, its seqs in order and when each was sent. */
interface RoomLog {
  readonly seqs: number[][]
  readonly sentAt: Map<number, number>
}

/**
 * Counts a peer's observation of `seq` by `writer`: that write and every earlier one of the same
 * writer it has not seen yet (a merged update carries them all) arrived now.
 */
function observer(log: RoomLog, writers: number, latencies: number[]) {
  const next = Array.from({ length: writers }, () => 0)
  return (writer: number, seq: number) => {
    const seqs = log.seqs[writer]
    if (!seqs) return
    const now = performance.now()
    let i = next[writer] as number
    while (i < seqs.length && (seqs[i] as number) <= seq) {
      latencies.push(now - (log.sentAt.get(seqs[i] as number) as number))
      i += 1
    }
    next[writer] = i
  }
}

/** Runs the traffic over `rooms` (each a list of connected peers) and measures its delivery. */
export async function runTraffic(
  rooms: readonly (readonly Peer[])[],
  options: TrafficOptions,
): Promise<TrafficResult> {
  const latencies: number[] = []
  let sent = 0
  let expected = 0
  const logs: RoomLog[] = []
  const unsubscribe: (() => void)[] = []
  for (const peers of rooms) {
    const writers = Math.min(options.writersPerRoom, peers.length)
    const log: RoomLog = { seqs: Array.from({ length: writers }, () => []), sentAt: new Map() }
    logs.push(log)
    for (const peer of peers) unsubscribe.push(peer.onMove(observer(log, writers, latencies)))
  }
  const start = performance.now()
  const perRoom = rooms.map(() => 0)
  try {
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const elapsed = Math.min(performance.now() - start, options.durationMs)
        rooms.forEach((peers, r) => {
          const log = logs[r] as RoomLog
          // Each room on its own phase within one period, spread evenly: many rooms at the
          // same rate would otherwise all send in the same tick, and the many-maps row would
          // measure how long a server takes to work through a burst of one update per room
          // (100 maps: 900 deliveries at once) rather than delivery under a steady load.
          const phase = r / rooms.length
          const due = Math.floor((elapsed * options.ratePerRoom) / 1000 + phase)
          while ((perRoom[r] as number) < due) {
            const writer = (perRoom[r] as number) % log.seqs.length
            nextSeq += 1
            log.sentAt.set(nextSeq, performance.now())
            log.seqs[writer]?.push(nextSeq)
            peers[writer]?.move(writer, nextSeq)
            perRoom[r] = (perRoom[r] as number) + 1
            sent += 1
            expected += peers.length - 1
          }
        })
        if (elapsed >= options.durationMs) {
          clearInterval(timer)
          resolve()
        }
      }, TICK_MS)
    })
    await waitFor('every update to arrive', () => latencies.length >= expected, {
      timeoutMs: DRAIN_MS,
      intervalMs: 20,
    }).catch(() => undefined)
  } finally {
    for (const stop of unsubscribe) stop()
  }
  const sorted = latencies.sort((a, b) => a - b)
  return {
    sent,
    expected,
    delivered: latencies.length,
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  }
}
