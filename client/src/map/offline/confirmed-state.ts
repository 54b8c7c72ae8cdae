import * as Y from 'yjs'

/*
 * What the server last confirmed, kept with the local copy. After a restart without network the
 * copy is loaded into the map, and the connection counts that load as one change waiting to be
 * sent — "1 ausstehend" although nothing was changed. Comparing the loaded state with the last
 * confirmed one tells the two apart. A snapshot (state vector and delete set), not the state
 * vector alone: deleting an actor adds no new item, only a deletion, and must count as unsent.
 */

/** The doc's state as a compact snapshot, to be stored once the server confirmed everything. */
export function confirmedState(doc: Y.Doc): Uint8Array {
  return Y.encodeSnapshot(Y.snapshot(doc))
}

/** Whether the doc holds exactly the state the server confirmed (nothing unsent, nothing newer). */
export function sameAsConfirmed(doc: Y.Doc, confirmed: Uint8Array | undefined): boolean {
  if (!confirmed) return false
  try {
    return Y.equalSnapshots(Y.snapshot(doc), Y.decodeSnapshot(confirmed))
  } catch {
    // A damaged or foreign value: count the load as unsent, which is never wrong for the data.
    return false
  }
}
