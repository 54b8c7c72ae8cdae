import * as Y from 'yjs'

/*
 * Encoding a whole map to learn its size costs as much as the map is large, so it is not done
 * per message: each document keeps an upper bound (its encoded size when first checked, plus
 * every update since), and is encoded again only when that bound reaches the limit.
 */

interface SizeEstimate {
  bytes: number
}

const estimates = new WeakMap<Y.Doc, SizeEstimate>()

function estimateFor(doc: Y.Doc): SizeEstimate {
  let estimate = estimates.get(doc)
  if (!estimate) {
    const fresh: SizeEstimate = { bytes: Y.encodeStateAsUpdate(doc).byteLength }
    doc.on('update', (update: Uint8Array) => {
      fresh.bytes += update.byteLength
    })
    estimates.set(doc, fresh)
    estimate = fresh
  }
  return estimate
}

/** Whether applying an update of `updateBytes` could grow `doc` beyond `maxBytes`. */
export function wouldExceed(doc: Y.Doc, updateBytes: number, maxBytes: number): boolean {
  const estimate = estimateFor(doc)
  if (estimate.bytes + updateBytes <= maxBytes) return false
  estimate.bytes = Y.encodeStateAsUpdate(doc).byteLength
  return estimate.bytes + updateBytes > maxBytes
}
