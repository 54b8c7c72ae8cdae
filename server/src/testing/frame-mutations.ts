import * as encoding from 'lib0/encoding'

/*
 * Seeded mutations of valid Hocuspocus frames for the hostile-frames fuzz test (reliability
 * notes S1): the same seed gives the same frames, so a failure can be replayed.
 */

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Mutant = Uint8Array | string

const hugeVarUint = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f])

/** A frame for `documentName` with an arbitrary message type and body. */
export function rawFrame(documentName: string, type: number, body: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, type)
  encoding.writeUint8Array(encoder, body)
  return encoding.toUint8Array(encoder)
}

/** Byte-level damage: bit flips, truncation, a 0xFF varint run or a huge declared length. */
function damage(source: Uint8Array, random: () => number): Uint8Array {
  const int = (max: number) => Math.floor(random() * max)
  const bytes = Uint8Array.from(source)
  const at = int(bytes.length + 1)
  switch (int(4)) {
    case 0:
      for (let i = 0, n = 1 + int(4); i < n && bytes.length > 0; i++) {
        const flip = int(bytes.length)
        bytes[flip] = (bytes[flip] ?? 0) ^ (1 << int(8))
      }
      return bytes
    case 1:
      return bytes.slice(0, at)
    case 2:
      return Uint8Array.from([
        ...bytes.slice(0, at),
        ...new Uint8Array(5 + int(16)).fill(0xff),
        ...bytes.slice(at),
      ])
    default:
      return Uint8Array.from([...bytes.slice(0, at), ...hugeVarUint, ...bytes.slice(at + 1)])
  }
}

/**
 * One mutation of one of `seeds` (whole frames) or of one of `updates` (Yjs updates, damaged
 * and then framed correctly, so they get past the frame checks into Yjs), chosen by `random`.
 */
export function mutate(
  seeds: readonly Uint8Array[],
  updates: readonly Uint8Array[],
  documentName: string,
  random: () => number,
): Mutant {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const int = (max: number) => Math.floor(random() * max)
  const seed = pick(seeds)
  const bytes = Uint8Array.from(seed)
  const framedUpdate = () => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1 + int(2)) // SyncStep2 or Update
    encoding.writeVarUint8Array(encoder, damage(pick(updates), random))
    return rawFrame(documentName, 0, encoding.toUint8Array(encoder))
  }
  const strategies: (() => Mutant)[] = [
    () => damage(bytes, random),
    () => damage(bytes, random),
    framedUpdate,
    framedUpdate,
    framedUpdate,
    () => {
      const at = Math.min(bytes.length, documentName.length + 2 + int(4))
      return Uint8Array.from([...bytes.slice(0, at), ...hugeVarUint, ...bytes.slice(at, at + 8)])
    },
    () => rawFrame(documentName, pick([6, 11, 12, 42, 127, 128, 300, 2 ** 31]), bytes.slice(0, 32)),
    () => rawFrame(documentName, 6, bytes.slice(documentName.length + 2)),
    () => Uint8Array.from({ length: 1 + int(64) }, () => int(256)),
    () => new Uint8Array(0),
    () => 'text frame, not the binary protocol',
    () => {
      const at = int(bytes.length)
      return Uint8Array.from([...bytes, ...bytes.slice(at)])
    },
  ]
  return pick(strategies)()
}
