import type * as Y from 'yjs'
import { edgesMap, nodesMap } from '../../shared.ts'

const nodeLabel = (doc: Y.Doc, id: string): string | null => {
  const label = nodesMap(doc).get(id)?.get('label')
  return typeof label === 'string' ? label : null
}

/** A record's name for lists: an actor's label, or "A – B" for a link; null when gone. */
export function recordLabel(doc: Y.Doc, id: string): string | null {
  const node = nodeLabel(doc, id)
  if (node !== null) return node || '…'
  const edge = edgesMap(doc).get(id)
  if (!edge) return null
  const source = edge.get('source')
  const target = edge.get('target')
  const a = typeof source === 'string' ? nodeLabel(doc, source) : null
  const b = typeof target === 'string' ? nodeLabel(doc, target) : null
  return `${a ?? '…'} – ${b ?? '…'}`
}
