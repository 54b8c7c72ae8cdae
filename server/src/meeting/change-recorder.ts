import * as Y from 'yjs'
import type { ChangeRecord } from '../../../shared/src/index.ts'
import { edgesMap, nodesMap } from '../../../shared/src/index.ts'

/** Who made a change, as far as the server knows. */
export interface Author {
  readonly participantId: string | null
  readonly name: string | null
}

interface Pending {
  readonly at: number
  readonly author: Author
  readonly nodeIds: Set<string>
  readonly edgeIds: Set<string>
}

/** The node and edge ids a transaction touched: added, removed or any field below them. */
export function touchedRecords(transaction: Y.Transaction): {
  nodeIds: Set<string>
  edgeIds: Set<string>
} {
  const doc = transaction.doc
  // Compared by identity only; typed loosely because Yjs types its maps by their event type.
  const nodes: unknown = nodesMap(doc)
  const edges: unknown = edgesMap(doc)
  const nodeIds = new Set<string>()
  const edgeIds = new Set<string>()
  for (const [type, keys] of transaction.changed) {
    if (type === nodes || type === edges) {
      const target = type === nodes ? nodeIds : edgeIds
      for (const key of keys) if (key !== null) target.add(key)
      continue
    }
    // A field of a record: walk up to the child of the nodes or edges map.
    let current = type
    while (current._item) {
      const parent = current._item.parent
      if (!(parent instanceof Y.AbstractType)) break
      const key = current._item.parentSub
      if (parent === nodes && key !== null) nodeIds.add(key)
      if (parent === edges && key !== null) edgeIds.add(key)
      if (parent === nodes || parent === edges) break
      current = parent
    }
  }
  return { nodeIds, edgeIds }
}

/**
 * The attribution journal of one session, coalesced: one record per participant per window
 * (a drag of 200 steps is one record, not 200 rows). A record is written when its window has
 * passed (`flushDue`) or when everything is flushed (session end, reads, shutdown).
 */
export class ChangeRecorder {
  private readonly pending = new Map<string, Pending>()
  private readonly windowMs: number

  constructor(windowMs = 30_000) {
    this.windowMs = windowMs
  }

  /** Notes a change; returns the records whose window closed because of it. */
  note(author: Author, ids: { nodeIds: Set<string>; edgeIds: Set<string> }, now: number) {
    if (ids.nodeIds.size === 0 && ids.edgeIds.size === 0) return []
    const key = author.participantId ?? ''
    const open = this.pending.get(key)
    const closed: ChangeRecord[] = []
    if (open && now - open.at <= this.windowMs && open.author.name === author.name) {
      for (const id of ids.nodeIds) open.nodeIds.add(id)
      for (const id of ids.edgeIds) open.edgeIds.add(id)
      return closed
    }
    if (open) closed.push(toRecord(open))
    this.pending.set(key, {
      at: now,
      author,
      nodeIds: new Set(ids.nodeIds),
      edgeIds: new Set(ids.edgeIds),
    })
    return closed
  }

  /** Takes the records whose window has passed. */
  takeDue(now: number): ChangeRecord[] {
    const due: ChangeRecord[] = []
    for (const [key, open] of this.pending) {
      if (now - open.at > this.windowMs) {
        due.push(toRecord(open))
        this.pending.delete(key)
      }
    }
    return due
  }

  /** Takes every pending record. */
  takeAll(): ChangeRecord[] {
    const all = [...this.pending.values()].map(toRecord)
    this.pending.clear()
    return all.sort((a, b) => a.at - b.at)
  }
}

const toRecord = (p: Pending): ChangeRecord => ({
  at: p.at,
  participantId: p.author.participantId,
  name: p.author.name,
  nodeIds: [...p.nodeIds].sort(),
  edgeIds: [...p.edgeIds].sort(),
})
