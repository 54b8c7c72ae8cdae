import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react'
import { type Dispatch, type SetStateAction, useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { edgesMap, nodesMap } from '../../shared.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { buildEdges, patchNodes } from './flow-model.ts'
import type { Describe, FlowEdge, FlowNode } from './flow-types.ts'
import { forgetPredictedHandles } from './node-geometry.ts'

export interface FlowDoc {
  readonly nodes: FlowNode[]
  readonly edges: FlowEdge[]
  readonly setNodes: Dispatch<SetStateAction<FlowNode[]>>
  readonly setEdges: Dispatch<SetStateAction<FlowEdge[]>>
  readonly onNodesChange: (changes: NodeChange<FlowNode>[]) => void
  readonly onEdgesChange: (changes: EdgeChange<FlowEdge>[]) => void
}

// Removals go through the document (deleteNodes/deleteEdges) and come back via the observer,
// so every tab removes the same things, links included.
const notRemove = <C extends { type: string }>(c: C) => c.type !== 'remove'

type DeepHandler = Parameters<Y.Map<unknown>['observeDeep']>[0]
type DeepEvents = Parameters<DeepHandler>[0]

/** Whether Yjs events changed more than positions (labels, kinds, added or removed nodes). */
function structuralChange(events: DeepEvents, root: unknown): boolean {
  return events.some(
    (e) => e.target === root || [...e.changes.keys.keys()].some((key) => key !== 'position'),
  )
}

/**
 * React Flow's nodes and edges, fed from the Y.Doc. Only changed ids are patched and unchanged
 * objects are reused, so a remote edit re-renders one node, not the whole map.
 */
export function useFlowDoc(doc: Y.Doc | null, describe: Describe): FlowDoc {
  const [nodes, setNodes] = useState<FlowNode[]>([])
  const [edges, setEdges] = useState<FlowEdge[]>([])

  useEffect(() => {
    if (!doc) return
    const yNodes = nodesMap(doc) as Y.Map<unknown>
    const yEdges = edgesMap(doc) as Y.Map<unknown>
    setNodes((prev) =>
      patchNodes(prev, doc, new Set(yNodes.keys()), describe, { localEcho: false }),
    )
    setEdges((prev) => buildEdges(prev, doc, describe))

    const onNodes: DeepHandler = (events, txn) => {
      const changed = new Set<string>()
      for (const event of events) {
        if (event.target === yNodes) for (const key of event.changes.keys.keys()) changed.add(key)
        else if (typeof event.path[0] === 'string') changed.add(event.path[0])
      }
      const options = { localEcho: txn.origin === LOCAL_ORIGIN }
      setNodes((prev) => patchNodes(prev, doc, changed, describe, options))
      // Edge visibility and names depend on their nodes, but not on node positions.
      if (structuralChange(events, yNodes)) setEdges((prev) => buildEdges(prev, doc, describe))
    }
    const onEdges = () => setEdges((prev) => buildEdges(prev, doc, describe))
    yNodes.observeDeep(onNodes)
    yEdges.observeDeep(onEdges)
    return () => {
      yNodes.unobserveDeep(onNodes)
      yEdges.unobserveDeep(onEdges)
    }
  }, [doc, describe])

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) =>
      setNodes((prev) =>
        forgetPredictedHandles(applyNodeChanges(changes.filter(notRemove), prev), changes),
      ),
    [],
  )
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) =>
      setEdges((prev) => applyEdgeChanges(changes.filter(notRemove), prev)),
    [],
  )
  return { nodes, edges, setNodes, setEdges, onNodesChange, onEdgesChange }
}
