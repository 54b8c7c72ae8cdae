import type * as Y from 'yjs'
import { edgesMap, isYRecord } from '../../shared.ts'
import { createStore } from '../../ui/store.ts'

/** A deletion waiting for the user's yes or no. */
export interface DeleteRequest {
  readonly nodeCount: number
  /** Links that go with the nodes (they touch one of them). */
  readonly linkCount: number
  readonly resolve: (confirmed: boolean) => void
}

/** The open confirmation, if any; the dialog in EditingLayer renders it. */
export const deleteRequest = createStore<DeleteRequest | null>(null)

/**
 * How many links touch these nodes. Selected links count too: a box selection picks up the
 * links between the boxed nodes without the user having chosen them.
 */
export function linksGoingAlong(doc: Y.Doc, nodeIds: ReadonlySet<string>): number {
  let count = 0
  for (const record of edgesMap(doc).values()) {
    if (!isYRecord(record)) continue
    if (nodeIds.has(String(record.get('source'))) || nodeIds.has(String(record.get('target'))))
      count++
  }
  return count
}

/**
 * React Flow's onBeforeDelete: deleting nodes that take links with them asks first ("3
 * Verbindungen werden mit gelöscht"); anything else goes at once, as before.
 */
export function confirmDeletion(
  doc: Y.Doc,
  elements: {
    readonly nodes: readonly { id: string }[]
    readonly edges: readonly { id: string }[]
  },
): Promise<boolean> {
  const nodeIds = new Set(elements.nodes.map((n) => n.id))
  const linkCount = linksGoingAlong(doc, nodeIds)
  if (linkCount === 0) return Promise.resolve(true)
  deleteRequest.get()?.resolve(false)
  return new Promise((resolve) => {
    deleteRequest.set({
      nodeCount: nodeIds.size,
      linkCount,
      resolve: (confirmed) => {
        deleteRequest.set(null)
        resolve(confirmed)
      },
    })
  })
}
