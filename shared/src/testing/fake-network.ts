import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as prng from 'lib0/prng'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

/*
 * A seeded in-process network of Y.Doc replicas for convergence tests, after yjs'
 * `tests/testHelper.js` TestConnector: every ordered pair of replicas has its own message
 * queue, and the test decides which message arrives next. Faults are adversarial on purpose:
 * messages arrive in random order across pairs (and sometimes within one), get lost or
 * duplicated, and replicas drop off and come back. A lost message is only recovered on
 * reconnect, when both sides exchange SyncStep1/SyncStep2 as the real provider does.
 */

/** How hostile the network is; every rate is a probability per delivered message. */
export interface NetworkFaults {
  readonly dropRate: number
  readonly duplicateRate: number
  readonly reorderRate: number
}

export const DEFAULT_FAULTS: NetworkFaults = {
  dropRate: 0.02,
  duplicateRate: 0.02,
  reorderRate: 0.1,
}
export const NO_FAULTS: NetworkFaults = { dropRate: 0, duplicateRate: 0, reorderRate: 0 }

/** What the network did, for test diagnostics and for asserting that faults happened at all. */
export interface NetworkStats {
  sent: number
  delivered: number
  dropped: number
  duplicated: number
  reordered: number
  reconnects: number
  v2Messages: number
}

// Wire format: y-protocols' sync messages (0 step1, 1 step2, 2 update; all V1) plus two tags of
// our own for the V2 forms, which y-protocols has no message for.
const STEP1 = syncProtocol.messageYjsSyncStep1
const STEP2_V2 = 3
const UPDATE_V2 = 4

/** N replicas connected through per-pair queues, all randomness drawn from one seed. */
export class FakeNetwork {
  readonly docs: readonly Y.Doc[]
  readonly gen: prng.PRNG
  readonly stats: NetworkStats = {
    sent: 0,
    delivered: 0,
    dropped: 0,
    duplicated: 0,
    reordered: 0,
    reconnects: 0,
    v2Messages: 0,
  }
  /** Errors Yjs raised while applying a message (y-protocols would only log them). */
  readonly errors: Error[] = []
  faults: NetworkFaults
  private readonly online = new Set<number>()
  // queues[from][to]: messages in flight from one replica to another.
  private readonly queues: Uint8Array[][][]

  constructor(replicas: number, seed: number, faults: NetworkFaults = DEFAULT_FAULTS) {
    this.gen = prng.create(seed)
    this.faults = faults
    this.docs = Array.from({ length: replicas }, (_, i) => {
      const doc = new Y.Doc()
      // Distinct, seed-independent client ids keep runs of one seed byte-for-byte reproducible.
      doc.clientID = i + 1
      return doc
    })
    this.queues = this.docs.map(() => this.docs.map(() => []))
    this.docs.forEach((doc, i) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== this) this.broadcastUpdate(i, update)
      })
    })
    for (let i = 0; i < replicas; i++) this.connect(i)
  }

  /** Whether replica `i` is connected. */
  isOnline(i: number): boolean {
    return this.online.has(i)
  }

  /** Connects replica `i`: it and every online peer send each other SyncStep1. */
  connect(i: number): void {
    if (this.online.has(i)) return
    this.online.add(i)
    this.stats.reconnects++
    for (const peer of this.online) {
      if (peer === i) continue
      this.send(i, peer, stateVectorMessage(this.docs[i]))
      this.send(peer, i, stateVectorMessage(this.docs[peer]))
    }
  }

  /** Disconnects replica `i`; everything in flight to or from it is lost. */
  disconnect(i: number): void {
    this.online.delete(i)
    this.docs.forEach((_, peer) => {
      this.queue(i, peer).length = 0
      this.queue(peer, i).length = 0
    })
  }

  /** Drops replica `i` off the network if it is online, brings it back if it is not. */
  toggle(i: number): void {
    if (this.online.has(i)) this.disconnect(i)
    else this.connect(i)
  }

  /** Delivers (or loses, or duplicates) one random message; false when nothing is in flight. */
  flushRandomMessage(): boolean {
    const busy: [number, number][] = []
    this.queues.forEach((row, from) => {
      row.forEach((queue, to) => {
        if (queue.length > 0) busy.push([from, to])
      })
    })
    if (busy.length === 0) return false
    const [from, to] = prng.oneOf(this.gen, busy)
    const queue = this.queue(from, to)
    const reorder = queue.length > 1 && this.chance(this.faults.reorderRate)
    const index = reorder ? prng.int32(this.gen, 1, queue.length - 1) : 0
    if (reorder) this.stats.reordered++
    const [message] = queue.splice(index, 1)
    if (message === undefined) return false
    if (this.chance(this.faults.dropRate)) {
      this.stats.dropped++
      return true
    }
    if (this.chance(this.faults.duplicateRate)) {
      this.stats.duplicated++
      queue.splice(prng.int32(this.gen, 0, queue.length), 0, message)
    }
    this.deliver(from, to, message)
    return true
  }

  /** Delivers until nothing is in flight (replies included); returns how many were handled. */
  flushAll(): number {
    let count = 0
    while (this.flushRandomMessage()) count++
    return count
  }

  /**
   * Ends the chaos: no more faults, every replica reconnects (a fresh sync both ways, which
   * recovers lost messages) and everything in flight is delivered.
   */
  settle(): void {
    this.faults = NO_FAULTS
    this.docs.forEach((_, i) => {
      this.disconnect(i)
    })
    this.docs.forEach((_, i) => {
      this.connect(i)
    })
    this.flushAll()
  }

  private chance(probability: number): boolean {
    return probability > 0 && prng.real53(this.gen) < probability
  }

  private queue(from: number, to: number): Uint8Array[] {
    const queue = this.queues[from]?.[to]
    if (!queue) throw new Error(`no queue from replica ${from} to ${to}`)
    return queue
  }

  private send(from: number, to: number, message: Uint8Array): void {
    this.stats.sent++
    this.queue(from, to).push(message)
  }

  private broadcastUpdate(from: number, update: Uint8Array): void {
    if (!this.online.has(from)) return
    for (const peer of this.online) {
      if (peer !== from) this.send(from, peer, this.updateMessage(update))
    }
  }

  // Each message picks V1 or V2 at random, so both decoders see every kind of update.
  private updateMessage(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder()
    if (prng.bool(this.gen)) {
      this.stats.v2Messages++
      encoding.writeVarUint(encoder, UPDATE_V2)
      encoding.writeVarUint8Array(encoder, Y.convertUpdateFormatV1ToV2(update))
    } else {
      syncProtocol.writeUpdate(encoder, update)
    }
    return encoding.toUint8Array(encoder)
  }

  private deliver(from: number, to: number, message: Uint8Array): void {
    const doc = this.docs[to]
    if (!doc) throw new Error(`no replica ${to}`)
    this.stats.delivered++
    const decoder = decoding.createDecoder(message)
    const type = decoding.peekVarUint(decoder)
    if (type === STEP1) {
      decoding.readVarUint(decoder)
      this.send(to, from, this.step2Message(doc, decoding.readVarUint8Array(decoder)))
    } else if (type === STEP2_V2 || type === UPDATE_V2) {
      decoding.readVarUint(decoder)
      try {
        Y.applyUpdateV2(doc, decoding.readVarUint8Array(decoder), this)
      } catch (error) {
        this.errors.push(error as Error)
      }
    } else {
      // SyncStep2 and updates in V1 take the real provider's code path.
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, this, (error) => {
        this.errors.push(error)
      })
    }
  }

  private step2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder()
    if (prng.bool(this.gen)) {
      this.stats.v2Messages++
      encoding.writeVarUint(encoder, STEP2_V2)
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdateV2(doc, stateVector))
    } else {
      syncProtocol.writeSyncStep2(encoder, doc, stateVector)
    }
    return encoding.toUint8Array(encoder)
  }
}

function stateVectorMessage(doc: Y.Doc | undefined): Uint8Array {
  if (!doc) throw new Error('no such replica')
  const encoder = encoding.createEncoder()
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}
