import type { NodeChange } from '@xyflow/react'
import { useEffect, useMemo } from 'react'
import type * as Y from 'yjs'
import { moveNodes, type NodeId, type Position } from '../../shared.ts'
import { throttle } from '../../ui/throttle.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import type { FlowNode } from './flow-types.ts'

const DRAG_WRITE_INTERVAL_MS = 80

/**
 * Mirrors position changes into the document. While a drag runs (`dragging: true`) it writes at
 * most every ~80 ms, one transaction for all dragged nodes, so others watch the drag live without
 * a write per frame; a change with `dragging: false` (drag end, arrow keys) is written at once.
 */
export function usePositionWrites(doc: Y.Doc | null): (changes: NodeChange<FlowNode>[]) => void {
  const writer = useMemo(() => {
    const pending = new Map<NodeId, Position>()
    const flush = () => {
      if (!doc || pending.size === 0) return
      const moves = [...pending].map(([id, position]) => ({ id, position }))
      pending.clear()
      moveNodes(doc, moves, LOCAL_ORIGIN)
    }
    const throttled = throttle(flush, DRAG_WRITE_INTERVAL_MS)
    const onChanges = (changes: NodeChange<FlowNode>[]) => {
      let final = false
      for (const change of changes) {
        if (change.type !== 'position' || !change.position) continue
        pending.set(change.id as NodeId, { x: change.position.x, y: change.position.y })
        if (!change.dragging) final = true
      }
      if (pending.size === 0) return
      if (final) {
        throttled.cancel()
        flush()
      } else {
        throttled()
      }
    }
    return { onChanges, dispose: () => throttled.flush() }
  }, [doc])
  useEffect(() => writer.dispose, [writer])
  return writer.onChanges
}
