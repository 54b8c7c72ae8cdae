import { getViewportForBounds, useReactFlow, useStoreApi, type Viewport } from '@xyflow/react'
import { useLayoutEffect, useRef } from 'react'
import type { FlowEdge, FlowNode } from './flow-types.ts'

/** A node's size before React Flow has measured it (NodeShell is 220 px wide, ≥ 72 px high). */
export const NOMINAL_NODE = { width: 220, height: 72 }

/**
 * The viewport that shows all nodes, computed from their positions alone. Setting it before
 * React Flow first draws a large map means the thousand nodes are drawn once, small and
 * simple, instead of first at full size and detail and then again after an animated fit.
 */
export function initialViewport(
  positions: readonly { readonly x: number; readonly y: number }[],
  size: { readonly width: number; readonly height: number },
  options: { readonly minZoom: number; readonly maxZoom: number; readonly padding: number },
): Viewport | null {
  if (positions.length === 0 || size.width <= 0 || size.height <= 0) return null
  let minX = Number.POSITIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  let maxX = Number.NEGATIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  for (const p of positions) {
    minX = Math.min(minX, p.x)
    minY = Math.min(minY, p.y)
    maxX = Math.max(maxX, p.x + NOMINAL_NODE.width)
    maxY = Math.max(maxY, p.y + NOMINAL_NODE.height)
  }
  const bounds = { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
  return getViewportForBounds(
    bounds,
    size.width,
    size.height,
    options.minZoom,
    options.maxZoom,
    options.padding,
  )
}

const FIT = { minZoom: 0.1, maxZoom: 1.25, padding: 0.2 }

/**
 * Brings the whole map into view once: when its first nodes arrive, or, for an empty map, not
 * at all — not later, when someone else adds the first node: that would pull the view away
 * under our hands. `ready` (the server's state has arrived) only ends the wait for an empty
 * map. Not waiting for `ready` when nodes are there matters: the provider may report "synced"
 * a message after the map's content, and React Flow would first draw a thousand nodes at full
 * size and detail, then all of them again zoomed out.
 * A layout effect, so the viewport is set before React Flow first draws the nodes (it takes
 * them over in a passive effect); the exact fit on measured sizes follows without animation.
 */
export function useInitialFit(ready: boolean, nodes: readonly FlowNode[]): void {
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const store = useStoreApi<FlowNode, FlowEdge>()
  const fitted = useRef(false)
  useLayoutEffect(() => {
    if (fitted.current) return
    if (nodes.length === 0) {
      if (ready) fitted.current = true
      return
    }
    fitted.current = true
    const { width, height } = store.getState()
    const viewport = initialViewport(
      nodes.map((n) => n.position),
      { width, height },
      FIT,
    )
    if (viewport) void rf.setViewport(viewport)
    void rf.fitView({ padding: FIT.padding, maxZoom: FIT.maxZoom })
  }, [ready, nodes, rf, store])
}
