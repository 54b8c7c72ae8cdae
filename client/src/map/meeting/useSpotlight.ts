import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'
import { spotlightOf } from './meeting-awareness.ts'
import { useMeeting } from './meeting-context.ts'
import { useAwarenessValue } from './useAwarenessStates.ts'

/** The record the facilitator spotlights, if any (validated id, safe in a CSS selector). */
export function useSpotlightId(): string | null {
  const { role } = useMeeting()
  return useAwarenessValue((states, clientId) =>
    spotlightOf(states, { clientId, facilitates: role === 'facilitate' }),
  )
}

/** Centres a newly spotlighted node or link on our canvas. */
export function useCentreSpotlight(recordId: string | null): void {
  const rf = useReactFlow()
  useEffect(() => {
    if (!recordId) return
    const edge = rf.getEdge(recordId)
    const ids = edge ? [edge.source, edge.target] : [recordId]
    if (!ids.every((id) => rf.getNode(id))) return
    void rf.fitView({ nodes: ids.map((id) => ({ id })), duration: 300, maxZoom: 1.5 })
  }, [recordId, rf])
}
