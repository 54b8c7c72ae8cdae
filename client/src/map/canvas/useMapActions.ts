import { useReactFlow, useStoreApi } from '@xyflow/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  addEdge,
  addNode,
  deleteEdges,
  deleteNodes,
  type EdgeId,
  type EdgeKind,
  type EdgeStatus,
  type NodeId,
  type NodeKind,
  renameNode,
  setEdgeKind,
  setEdgeStatus,
} from '../../shared.ts'
import type { Store } from '../../ui/store.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import type { FlowEdge, FlowNode } from './flow-types.ts'
import { placeNode } from './place-node.ts'
import { selectOnly } from './selection.ts'

export interface MapActions {
  readonly add: (kind: NodeKind) => void
  readonly rename: (id: NodeId, label: string) => void
  readonly deleteSelection: () => void
  readonly removeFromDoc: (removed: { nodes: FlowNode[]; edges: FlowEdge[] }) => void
  readonly connect: (source: NodeId, target: NodeId, kind: EdgeKind, status: EdgeStatus) => void
  readonly setEdgeKind: (id: EdgeId, kind: EdgeKind) => void
  readonly setEdgeStatus: (id: EdgeId, status: EdgeStatus) => void
  readonly deleteEdge: (id: EdgeId) => void
  readonly fit: () => void
}

function focusNode(id: string) {
  // After renaming, keyboard users continue from the node they were on.
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
    el?.focus({ preventScroll: true })
  })
}

/** Every editing gesture of the map, each one mutation from shared/ with our local origin. */
export function useMapActions(
  doc: Y.Doc,
  setNodes: (update: (prev: FlowNode[]) => FlowNode[]) => void,
  editing: Store<NodeId | null>,
): MapActions {
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const store = useStoreApi<FlowNode, FlowEdge>()
  const { t } = useTranslation()
  return useMemo(() => {
    const shortKind = (kind: NodeKind) => t(`kindShort.${kind}`)
    return {
      add(kind) {
        const rect = store.getState().domNode?.getBoundingClientRect()
        const center = rect
          ? rf.screenToFlowPosition({
              x: rect.left + rect.width / 2,
              y: rect.top + rect.height / 2,
            })
          : { x: 0, y: 0 }
        const position = placeNode(
          center,
          rf.getNodes().map((n) => n.position),
        )
        const label = t('map.newLabel', { kind: shortKind(kind) })
        const id = addNode(doc, { kind, label, position }, LOCAL_ORIGIN)
        setNodes((prev) => selectOnly(prev, new Set([id])))
        editing.set(id)
      },
      rename(id, label) {
        renameNode(doc, id, label, LOCAL_ORIGIN)
        editing.set(null)
        focusNode(id)
      },
      deleteSelection() {
        void rf.deleteElements({
          nodes: rf.getNodes().filter((n) => n.selected),
          edges: rf.getEdges().filter((e) => e.selected),
        })
      },
      removeFromDoc({ nodes, edges }) {
        doc.transact(() => {
          deleteEdges(
            doc,
            edges.map((e) => e.id as EdgeId),
            LOCAL_ORIGIN,
          )
          deleteNodes(
            doc,
            nodes.map((n) => n.id as NodeId),
            LOCAL_ORIGIN,
          )
        }, LOCAL_ORIGIN)
      },
      connect(source, target, kind, status) {
        addEdge(doc, { source, target, kind, status }, LOCAL_ORIGIN)
      },
      setEdgeKind: (id, kind) => setEdgeKind(doc, id, kind, LOCAL_ORIGIN),
      setEdgeStatus: (id, status) => setEdgeStatus(doc, id, status, LOCAL_ORIGIN),
      deleteEdge: (id) => deleteEdges(doc, [id], LOCAL_ORIGIN),
      fit: () => void rf.fitView({ padding: 0.2, maxZoom: 1.25, duration: 250 }),
    }
  }, [doc, rf, store, t, setNodes, editing])
}
