import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { edgesMap, type MapEdge, type MapNode, nodesMap, readEdge, readNode } from '../../shared.ts'

type DeepHandler = Parameters<Y.Map<unknown>['observeDeep']>[0]

/** Whether Yjs events touch the record `id` of `root` (itself, or one of its fields). */
function touches(events: Parameters<DeepHandler>[0], root: unknown, id: string): boolean {
  return events.some((e) => (e.target === root ? e.changes.keys.has(id) : e.path[0] === id))
}

function useRecord<T>(
  doc: Y.Doc,
  id: string | undefined,
  map: (doc: Y.Doc) => Y.Map<unknown>,
  read: (doc: Y.Doc, id: string) => T | null,
): T | null {
  const [record, setRecord] = useState<T | null>(() => (id ? read(doc, id) : null))
  useEffect(() => {
    if (!id) {
      setRecord(null)
      return
    }
    setRecord(read(doc, id))
    const root = map(doc)
    // Remote edits show up live; other records' changes do not re-render the panel.
    const onChange: DeepHandler = (events) => {
      if (touches(events, root, id)) setRecord(read(doc, id))
    }
    root.observeDeep(onChange)
    return () => root.unobserveDeep(onChange)
  }, [doc, id, map, read])
  return record
}

/** One node as stored, kept current with everyone's edits; null when it is gone. */
export const useNodeRecord = (doc: Y.Doc, id: string | undefined): MapNode | null =>
  useRecord(doc, id, nodesMap as (doc: Y.Doc) => Y.Map<unknown>, readNode)

/** One link as stored (defaults filled in), kept current; null when it is gone or dangling. */
export const useEdgeRecord = (doc: Y.Doc, id: string | undefined): MapEdge | null =>
  useRecord(doc, id, edgesMap as (doc: Y.Doc) => Y.Map<unknown>, readEdge)
