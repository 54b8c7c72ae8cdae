import { useMemo, useSyncExternalStore } from 'react'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { decorationLayers, decorationOf } from './decorations.ts'

// Per source object, the hidden copy handed to React Flow, so a node that stays hidden keeps
// its identity across renders (React Flow then skips it).
const hiddenNodes = new WeakMap<FlowNode, FlowNode>()
const hiddenEdges = new WeakMap<FlowEdge, FlowEdge>()

function hideNode(node: FlowNode): FlowNode {
  let copy = hiddenNodes.get(node)
  if (!copy) {
    copy = { ...node, hidden: true, selected: false }
    hiddenNodes.set(node, copy)
  }
  return copy
}

function hideEdge(edge: FlowEdge): FlowEdge {
  let copy = hiddenEdges.get(edge)
  if (!copy) {
    copy = { ...edge, hidden: true, selected: false }
    hiddenEdges.set(edge, copy)
  }
  return copy
}

/**
 * The nodes and links React Flow gets: records a view layer hides are marked `hidden`, so they
 * are not drawn, not focusable, not in the minimap and not fitted; a link is hidden with either
 * end. Without any hiding layer the arrays pass through untouched.
 */
export function useHiddenApplied(
  nodes: FlowNode[],
  edges: FlowEdge[],
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const layers = useSyncExternalStore(decorationLayers.subscribe, decorationLayers.get)
  return useMemo(() => {
    const anyLayer = Object.values(layers).some((l) => l)
    if (!anyLayer) return { nodes, edges }
    const hidden = new Set<string>()
    let changed = false
    const outNodes = nodes.map((n) => {
      if (!decorationOf('nodes', n.id).hidden) return n
      hidden.add(n.id)
      changed = true
      return hideNode(n)
    })
    const outEdges = edges.map((e) => {
      if (!hidden.has(e.source) && !hidden.has(e.target) && !decorationOf('edges', e.id).hidden) {
        return e
      }
      changed = true
      return hideEdge(e)
    })
    return changed ? { nodes: outNodes, edges: outEdges } : { nodes, edges }
  }, [nodes, edges, layers])
}
