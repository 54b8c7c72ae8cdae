import type { Edge, Node } from '@xyflow/react'
import type {
  EdgeDirection,
  EdgeKind,
  EdgeStatus,
  EdgeStrength,
  MapEdge,
  MapNode,
  NodeKind,
  Sector,
} from '../../shared.ts'

/** What a node component gets from the document; nothing local (selection, size) is in here. */
export type NodeData = {
  readonly label: string
  readonly kind: NodeKind
  /** Säule; drawn as the node's colour band and named in its caption. */
  readonly sector?: Sector
}
export type FlowNode = Node<NodeData, NodeKind>

export type EdgeData = {
  readonly kind: EdgeKind
  readonly status: EdgeStatus
  /** Whether the link points anywhere (direction other than none). */
  readonly directed: boolean
  readonly direction: EdgeDirection
  readonly strength: EdgeStrength
}
export type FlowEdge = Edge<EdgeData, 'kind'>

/** Texts for screen readers; they depend on the UI language. */
export interface Describe {
  readonly node: (node: Pick<MapNode, 'kind' | 'label'>) => string
  readonly edge: (edge: MapEdge, sourceLabel: string, targetLabel: string) => string
}
