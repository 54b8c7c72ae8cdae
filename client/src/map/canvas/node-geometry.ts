import type { NodeChange, NodeHandle } from '@xyflow/react'
import { Position } from '@xyflow/react'
import type { NodeKind } from '../../shared.ts'
import type { FlowNode } from './flow-types.ts'

/*
 * The size and handles an actor node will have, given to React Flow before it is drawn.
 *
 * Why: React Flow draws a node it has not measured hidden, measures every node, and only then
 * shows the nodes and draws the links — the whole map twice. Opening a 1 000-node map spent a
 * third of its time in that second pass (client/bench/timeline.ts). An actor node is 220 × 72 px
 * unless its name needs a third line (map.css, `.qn-node`), and its handles follow from its size
 * (the link target is the whole node, the link source a 14 px dot centred on the right edge).
 * Told this, React Flow draws node and links in one pass; its measurement still runs, and a
 * node that came out another size is measured and redrawn as before (`forgetPredictedHandles`).
 * A note's size follows its text, so notes are always measured.
 */

/** `.qn-node` in map.css: width and min-height. */
export const ACTOR_NODE_SIZE = { width: 220, height: 72 } as const

/** `.react-flow__handle.qn-handle-source` in map.css. */
const SOURCE_HANDLE = 14

/** The handles of a node of this size, where React Flow would measure them. */
export function handlesFor(size: {
  readonly width: number
  readonly height: number
}): NodeHandle[] {
  const { width, height } = size
  return [
    { id: null, type: 'target', position: Position.Left, x: 0, y: 0, width, height },
    {
      id: null,
      type: 'source',
      position: Position.Right,
      x: width,
      y: height / 2 - SOURCE_HANDLE / 2,
      width: SOURCE_HANDLE,
      height: SOURCE_HANDLE,
    },
  ]
}

const PREDICTED = {
  measured: { ...ACTOR_NODE_SIZE },
  handles: handlesFor(ACTOR_NODE_SIZE),
} as const

/** The size and handles to give a node of `kind` that React Flow has not measured yet. */
export function predictedGeometry(
  kind: NodeKind,
): Pick<FlowNode, 'measured' | 'handles'> | undefined {
  return kind === 'note' ? undefined : PREDICTED
}

/**
 * After React Flow measured a node at another size than predicted: its handles are dropped, so
 * React Flow keeps the ones it measured instead of the predicted ones.
 */
export function forgetPredictedHandles(
  nodes: FlowNode[],
  changes: readonly NodeChange<FlowNode>[],
): FlowNode[] {
  const resized = new Set<string>()
  for (const change of changes) if (change.type === 'dimensions') resized.add(change.id)
  if (resized.size === 0) return nodes
  let changed = false
  const next = nodes.map((node) => {
    if (!node.handles || !resized.has(node.id)) return node
    changed = true
    const { handles: _predicted, ...rest } = node
    return rest
  })
  return changed ? next : nodes
}
