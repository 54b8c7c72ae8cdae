import * as decoding from 'lib0/decoding'

/*
 * Reads just enough of a Hocuspocus frame to apply limits before Hocuspocus and Yjs decode it:
 * varString(documentName) · varUint(type) · payload (stack-facts §1.12). Every read is bounded
 * by the frame's own length, so a hostile frame costs at most one pass over its bytes.
 */

export const FrameType = { Sync: 0, Awareness: 1, Auth: 2, Stateless: 5 } as const

/** y-protocols sync sub-types that carry document content. */
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

export type InspectedFrame =
  | { readonly kind: 'update'; readonly documentName: string; readonly updateBytes: number }
  | {
      readonly kind: 'awareness'
      readonly documentName: string
      /** States that are set (removals, `null`, are not counted). */
      readonly states: number
      /** The longest state's JSON, in UTF-16 code units (≈ bytes for the JSON we expect). */
      readonly largestStateBytes: number
    }
  | { readonly kind: 'other'; readonly documentName: string; readonly type: number }

/** Inspects one client frame; throws on a frame that is not even well-formed at this level. */
export function inspectFrame(bytes: Uint8Array): InspectedFrame {
  const decoder = decoding.createDecoder(bytes)
  const address = decoding.readVarString(decoder)
  const separator = address.indexOf('\0')
  const documentName = separator === -1 ? address : address.slice(0, separator)
  const type = decoding.readVarUint(decoder)
  if (type === FrameType.Sync) {
    const step = decoding.readVarUint(decoder)
    if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
      const update = decoding.readVarUint8Array(decoder)
      return { kind: 'update', documentName, updateBytes: update.byteLength }
    }
  }
  if (type === FrameType.Awareness) {
    return { kind: 'awareness', documentName, ...inspectAwareness(decoder) }
  }
  return { kind: 'other', documentName, type }
}

function inspectAwareness(frame: decoding.Decoder) {
  const decoder = decoding.createDecoder(decoding.readVarUint8Array(frame))
  const entries = decoding.readVarUint(decoder)
  let states = 0
  let largestStateBytes = 0
  // A declared count far beyond what the bytes can hold ends in "unexpected end of array".
  for (let i = 0; i < entries; i++) {
    decoding.readVarUint(decoder) // clientID
    decoding.readVarUint(decoder) // clock
    const state = decoding.readVarString(decoder)
    // A provider forwards removals ('null') of every participant that timed out at once.
    if (state !== 'null') states += 1
    largestStateBytes = Math.max(largestStateBytes, state.length)
  }
  return { states, largestStateBytes }
}
