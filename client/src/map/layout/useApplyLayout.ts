import { useReactFlow } from '@xyflow/react'
import { useCallback, useState } from 'react'
import type { LayoutName } from '../../../../shared/src/layout/layout-common.ts'
import { moveNodes, type NodeId, nodesMap, type Position, readMap } from '../../shared.ts'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { useEditor } from '../editor/editor-context.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { runLayout } from './run-layout.ts'

export type LayoutStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'busy'; readonly name: LayoutName }
  | { readonly state: 'done'; readonly name: LayoutName }
  | { readonly state: 'failed'; readonly name: LayoutName }

/**
 * Arranges the whole map: computes the layout off the main thread, then writes every new
 * position in ONE transaction with our origin (one undo step; everyone sees it), shows it
 * locally at once and fits the view.
 */
export function useApplyLayout() {
  const { doc, actions } = useEditor()
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const [status, setStatus] = useState<LayoutStatus>({ state: 'idle' })
  const apply = useCallback(
    async (name: LayoutName) => {
      setStatus({ state: 'busy', name })
      try {
        const result = await runLayout(name, readMap(doc))
        const existing = nodesMap(doc)
        const moves: { id: NodeId; position: Position }[] = []
        for (const [id, position] of result) if (existing.has(id)) moves.push({ id, position })
        moveNodes(doc, moves, LOCAL_ORIGIN)
        // Our own echo keeps the local positions (that is what keeps dragging smooth), so the
        // canvas is told directly; `hidden: false` because filtered nodes come in as copies.
        rf.setNodes((nodes) =>
          nodes.map((n) => {
            const position = result.get(n.id as NodeId)
            return position ? { ...n, position, hidden: false } : n
          }),
        )
        requestAnimationFrame(() => requestAnimationFrame(actions.fit))
        setStatus({ state: 'done', name })
      } catch {
        setStatus({ state: 'failed', name })
      }
    },
    [doc, rf, actions],
  )
  return { apply, status }
}
