import { useEdges } from '@xyflow/react'
import { useMemo } from 'react'
import type { FlowEdge } from '../canvas/flow-types.ts'

/** The canvas' links by id (for placing a badge in the middle of a link). */
export function useEdgesForBadges(): ReadonlyMap<string, FlowEdge> {
  const edges = useEdges<FlowEdge>()
  return useMemo(() => new Map(edges.map((e) => [e.id, e])), [edges])
}
