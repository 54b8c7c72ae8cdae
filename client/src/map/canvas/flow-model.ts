import { MarkerType } from '@xyflow/react'
import type * as Y from 'yjs'
import { edgesMap, type MapEdge, type MapNode, readEdge, readNode } from '../../shared.ts'
import { EDGE_COLORS } from '../edges/edge-style.ts'
import type { Describe, FlowEdge, FlowNode } from './flow-types.ts'
import { predictedGeometry } from './node-geometry.ts'

export interface PatchOptions {
  /**
   * True for echoes of our own transactions: the local state already has the position (and
   * may already be further along in a drag), so the document's position must not pull it back.
   */
  readonly localEcho: boolean
}

/** Builds a node object, reusing `prev` when nothing visible changed (React Flow then skips it). */
export function toFlowNode(
  node: MapNode,
  prev: FlowNode | undefined,
  describe: Describe,
  options: PatchOptions = { localEcho: false },
): FlowNode {
  const keepPosition = prev !== undefined && (options.localEcho || prev.dragging === true)
  const position = keepPosition ? prev.position : node.position
  const ariaLabel = describe.node(node)
  if (
    prev &&
    prev.type === node.kind &&
    prev.data.label === node.label &&
    prev.data.sector === node.sector &&
    prev.position.x === position.x &&
    prev.position.y === position.y &&
    prev.ariaLabel === ariaLabel
  ) {
    return prev
  }
  return {
    // A new node comes with the size React Flow will measure, so it is drawn in one pass.
    ...(prev ? undefined : predictedGeometry(node.kind)),
    ...prev,
    id: node.id,
    type: node.kind,
    position: { x: position.x, y: position.y },
    data: node.sector
      ? { label: node.label, kind: node.kind, sector: node.sector }
      : { label: node.label, kind: node.kind },
    ariaLabel,
  }
}

/** Applies document changes of the given node ids to the local node list. */
export function patchNodes(
  prev: readonly FlowNode[],
  doc: Y.Doc,
  changed: ReadonlySet<string>,
  describe: Describe,
  options: PatchOptions,
): FlowNode[] {
  const seen = new Set<string>()
  const next: FlowNode[] = []
  let dirty = false
  for (const old of prev) {
    seen.add(old.id)
    if (!changed.has(old.id)) {
      next.push(old)
      continue
    }
    const node = readNode(doc, old.id)
    if (!node) {
      dirty = true
      continue
    }
    const patched = toFlowNode(node, old, describe, options)
    if (patched !== old) dirty = true
    next.push(patched)
  }
  for (const id of changed) {
    if (seen.has(id)) continue
    const node = readNode(doc, id)
    if (node) {
      next.push(toFlowNode(node, undefined, describe))
      dirty = true
    }
  }
  return dirty ? next : (prev as FlowNode[])
}

function toFlowEdge(edge: MapEdge, prev: FlowEdge | undefined, ariaLabel: string): FlowEdge {
  if (
    prev &&
    prev.source === edge.source &&
    prev.target === edge.target &&
    prev.data?.kind === edge.kind &&
    prev.data.status === edge.status &&
    prev.data.direction === edge.direction &&
    prev.data.strength === edge.strength &&
    prev.ariaLabel === ariaLabel
  ) {
    return prev
  }
  const { direction, strength } = edge
  const directed = direction !== 'none'
  const marker = {
    type: MarkerType.ArrowClosed,
    color: EDGE_COLORS[edge.kind],
    width: 18,
    height: 18,
  }
  return {
    ...prev,
    id: edge.id,
    type: 'kind',
    source: edge.source,
    target: edge.target,
    data: { kind: edge.kind, status: edge.status, directed, direction, strength },
    ariaLabel,
    markerEnd: direction === 'forward' || direction === 'both' ? marker : undefined,
    markerStart: direction === 'backward' || direction === 'both' ? marker : undefined,
  }
}

/**
 * All valid edges of the document (dangling ones are dropped by readEdge), reusing previous
 * objects where nothing changed and keeping the previous order.
 */
export function buildEdges(prev: readonly FlowEdge[], doc: Y.Doc, describe: Describe): FlowEdge[] {
  const prevById = new Map(prev.map((e) => [e.id, e]))
  const labels = new Map<string, string>()
  const labelOf = (id: string) => {
    let label = labels.get(id)
    if (label === undefined) {
      label = readNode(doc, id)?.label ?? ''
      labels.set(id, label)
    }
    return label
  }
  const valid = new Map<string, FlowEdge>()
  for (const id of edgesMap(doc).keys()) {
    const edge = readEdge(doc, id)
    if (!edge) continue
    const aria = describe.edge(edge, labelOf(edge.source), labelOf(edge.target))
    valid.set(id, toFlowEdge(edge, prevById.get(id), aria))
  }
  const next: FlowEdge[] = []
  let dirty = valid.size !== prev.length
  for (const old of prev) {
    const edge = valid.get(old.id)
    if (!edge) {
      dirty = true
      continue
    }
    if (edge !== old) dirty = true
    next.push(edge)
    valid.delete(old.id)
  }
  for (const edge of valid.values()) next.push(edge)
  return dirty ? next : (prev as FlowEdge[])
}
