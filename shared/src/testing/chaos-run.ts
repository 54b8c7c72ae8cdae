import * as prng from 'lib0/prng'
import * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import { createMapUndoManager } from '../doc/undo-manager.ts'
import { FakeNetwork } from './fake-network.ts'
import { applyRandomOp, type FuzzReplica, type IdPool, USER_ORIGIN } from './random-ops.ts'

/** The shape of one fuzz run; everything random in it is drawn from `seed`. */
export interface ChaosOptions {
  readonly seed: number
  readonly replicas: number
  readonly opsPerReplica: number
  /** Called after each op with the replica that made it, to check what it shows mid-merge. */
  readonly afterOp?: (doc: Y.Doc, step: number) => void
}

// Every replica makes exactly opsPerReplica edits, interleaved at random.
function shuffledSchedule(gen: prng.PRNG, replicas: number, opsPerReplica: number): number[] {
  const schedule = Array.from({ length: replicas * opsPerReplica }, (_, i) => i % replicas)
  for (let i = schedule.length - 1; i > 0; i--) {
    const j = prng.int32(gen, 0, i)
    const a = schedule[i] as number
    schedule[i] = schedule[j] as number
    schedule[j] = a
  }
  return schedule
}

/**
 * Random edits on every replica over a hostile network, after yjs' `applyRandomTests`: before
 * each edit, 2 % of the time a replica drops off or comes back, 1 % everything in flight is
 * delivered, otherwise up to 12 random messages are. Returns the network, not yet settled.
 */
export function runChaos(options: ChaosOptions): FakeNetwork {
  const { seed, replicas, opsPerReplica, afterOp } = options
  const net = new FakeNetwork(replicas, seed)
  const { gen, docs } = net
  const pool: IdPool = { nodes: [], edges: [] }
  // As on the server: the map is created once, then everyone edits.
  initMapDoc(docs[0] as Y.Doc, { title: 'Stadtteilkonferenz Chorweiler', area: 'Köln-Chorweiler' })
  const fuzzReplicas: FuzzReplica[] = docs.map((doc) => ({
    doc,
    pool,
    // captureTimeout 0: every edit is its own undo step, independent of the wall clock.
    undo: createMapUndoManager(doc, USER_ORIGIN, 0),
  }))
  shuffledSchedule(gen, replicas, opsPerReplica).forEach((index, step) => {
    const roll = prng.real53(gen)
    if (roll < 0.02) net.toggle(prng.int32(gen, 0, replicas - 1))
    else if (roll < 0.03) net.flushAll()
    else for (let n = prng.int32(gen, 0, 12); n > 0; n--) net.flushRandomMessage()
    const replica = fuzzReplicas[index] as FuzzReplica
    applyRandomOp(gen, replica)
    afterOp?.(replica.doc, step)
  })
  return net
}

/**
 * A replica's full state, re-encoded after loading it into a fresh doc. Raw
 * `encodeStateAsUpdate` bytes of converged replicas differ: Yjs merges neighbouring garbage-
 * collected tombstones only within the transaction that touched them, so how far they are
 * merged depends on the order updates arrived in. Loading the state in one transaction merges
 * them all, which leaves a byte fingerprint of the content (ids, tombstones, values).
 */
export function canonicalState(doc: Y.Doc): Uint8Array {
  const fresh = new Y.Doc()
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc))
  return Y.encodeStateAsUpdate(fresh)
}

/** Indexes of the replicas whose encoding differs from replica 0's. */
export function differingReplicas(
  docs: readonly Y.Doc[],
  encode: (doc: Y.Doc) => Uint8Array,
): number[] {
  const [first, ...rest] = docs.map(encode)
  return rest.flatMap((bytes, i) =>
    first !== undefined && Buffer.compare(bytes, first) === 0 ? [] : [i + 1],
  )
}
