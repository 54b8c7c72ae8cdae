import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { canonicalState, differingReplicas, runChaos } from '../testing/chaos-run.ts'
import type { FakeNetwork } from '../testing/fake-network.ts'
import { mapInvariantViolations, storedRecordViolations } from '../testing/map-invariants.ts'
import { findDanglingEdges, removeDanglingEdges } from './mutations.ts'
import { readMap } from './read-map.ts'

/*
 * The convergence fuzz of DESIGN.md §6: 8 replicas, each making 2 000 random edits through the
 * real mutation functions (and undo/redo through Y.UndoManager, as the client offers them),
 * over a network that reorders, loses and duplicates messages and drops replicas. Afterwards
 * every replica must hold the same document and every invariant the UI and the exports rely on
 * must hold. About 5 s per seed on an idle 2-core machine, so a run is the pinned seeds plus
 * two random ones (the file's budget is ~20 s).
 *
 * Reproduce a failure with `FUZZ_SEEDS=<seed> npx vitest run shared/src/doc/convergence`.
 * A seed that ever failed goes into PINNED_SEEDS, with a note on what it found.
 */

const REPLICAS = 8
const OPS_PER_REPLICA = 2_000
const RANDOM_SEEDS_PER_RUN = 2

/**
 * Seeds kept for ever. A seed replays the same run only while random-ops.ts draws the same way
 * (a new op re-rolls every seed), so what a failing seed found also becomes a deterministic test:
 * - 1: converged replicas whose raw encodeStateAsUpdate bytes differed (lazily merged
 *   tombstones), hence canonicalState; pinned down in fake-network.test.ts.
 * - 69645908 (before the v2 ops re-rolled it): undo of a node delete after a concurrent edit
 *   restored an incomplete record; fixed by createMapUndoManager and pinned down in
 *   concurrency-facts.test.ts. Not kept here: today it is just another random seed, and each
 *   seed costs 5 s of the budget. (A rarer way to an incomplete record remains, see
 *   storedRecordViolations, hence `allowIncomplete`.)
 */
const PINNED_SEEDS: readonly number[] = [1]

function seedsOfThisRun(): number[] {
  const fromEnv = process.env.FUZZ_SEEDS
  if (fromEnv) return fromEnv.split(',').map((s) => Number.parseInt(s, 10))
  return Array.from({ length: RANDOM_SEEDS_PER_RUN }, () => Math.floor(Math.random() * 2 ** 31))
}

function expectConverged(net: FakeNetwork, context: string): void {
  const { docs } = net
  expect(net.errors.map(String), context).toEqual([])
  for (const doc of docs) {
    expect(doc.store.pendingStructs, context).toBeNull()
    expect(doc.store.pendingDs, context).toBeNull()
  }
  expect(differingReplicas(docs, canonicalState), context).toEqual([])
  expect(
    differingReplicas(docs, (doc) => Y.encodeStateVector(doc)),
    context,
  ).toEqual([])
  const snapshot = Y.snapshot(docs[0] as Y.Doc)
  for (const doc of docs) expect(Y.equalSnapshots(Y.snapshot(doc), snapshot), context).toBe(true)
  const model = JSON.stringify(readMap(docs[0] as Y.Doc))
  for (const doc of docs) {
    expect(JSON.stringify(readMap(doc)) === model, context).toBe(true)
    expect(mapInvariantViolations(doc), context).toEqual([])
    expect(storedRecordViolations(doc, { allowIncomplete: true }), context).toEqual([])
  }
}

function fuzz(seed: number): void {
  const context = `seed ${seed}`
  const net = runChaos({
    seed,
    replicas: REPLICAS,
    opsPerReplica: OPS_PER_REPLICA,
    // What a replica shows mid-merge must be sound too, not only the converged end state.
    afterOp: (doc, step) => {
      if (step % 1_000 === 0) {
        expect(mapInvariantViolations(doc), `${context}, step ${step}`).toEqual([])
      }
    },
  })
  net.settle()
  // The harness must really have been hostile, or a pass would mean nothing.
  const { dropped, duplicated, reordered, reconnects, v2Messages } = net.stats
  expect(Math.min(dropped, duplicated, reordered, v2Messages), context).toBeGreaterThan(0)
  expect(reconnects, context).toBeGreaterThan(2 * REPLICAS)
  expect(readMap(net.docs[0] as Y.Doc).nodes.length, context).toBeGreaterThan(0)
  expectConverged(net, context)

  const first = net.docs[0] as Y.Doc
  const dangling = findDanglingEdges(first)
  expect(dangling.length, `${context}: concurrent delete and connect never met`).toBeGreaterThan(0)
  expect(removeDanglingEdges(first, 'server'), context).toBe(dangling.length)
  net.flushAll()
  for (const doc of net.docs) expect(findDanglingEdges(doc), context).toEqual([])
  expectConverged(net, `${context}, after removing dangling edges`)
}

// A correctness test, not a timing one: 16 000 edits take ~5-20 s of CPU, and CI shares two
// cores with the rest of the suite, so the deadline is generous.
describe(`${REPLICAS} replicas × ${OPS_PER_REPLICA} random edits each converge`, {
  timeout: 180_000,
}, () => {
  test.each(PINNED_SEEDS)('pinned seed %i', (seed) => fuzz(seed))
  test.each(seedsOfThisRun())('random seed %i (pin it if it fails)', (seed) => fuzz(seed))
})
