import { useNodes, ViewportPortal } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { isRecordId } from '../../shared.ts'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { useMeetingState } from './meeting-context.ts'
import { rankedResults } from './meeting-state.ts'
import { useEdgesForBadges } from './useEdgesForBadges.ts'
import { useFollow } from './useFollow.ts'
import { useCentreSpotlight, useSpotlightId } from './useSpotlight.ts'

/**
 * Meeting mode on the canvas (a child of ReactFlow): following and "Alle zu mir", the
 * facilitator's spotlight, and the revealed dot counts on the records themselves.
 */
export function MeetingCanvasLayer() {
  useFollow()
  const spotlight = useSpotlightId()
  useCentreSpotlight(spotlight)
  return (
    <>
      {spotlight && isRecordId(spotlight) && (
        <style>{`.react-flow__node[data-id="${spotlight}"]{outline:4px dashed #a3242d;outline-offset:6px;border-radius:6px}.react-flow__edge[data-id="${spotlight}"] path{stroke:#a3242d;stroke-width:5}`}</style>
      )}
      <VoteBadges />
    </>
  )
}

function VoteBadges() {
  const vote = useMeetingState((s) => s.vote)
  const results = rankedResults(vote)
  // Only then subscribe to every node change (a drag must not re-render this otherwise).
  return vote?.revealed && results.length > 0 ? <RevealedBadges results={results} /> : null
}

function RevealedBadges({ results }: { results: ReturnType<typeof rankedResults> }) {
  const { t } = useTranslation()
  const nodes = useNodes<FlowNode>()
  const edges = useEdgesForBadges()
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const centre = (n: FlowNode) => ({
    x: n.position.x + (n.measured?.width ?? 0) / 2,
    y: n.position.y + (n.measured?.height ?? 0) / 2,
  })
  return (
    <ViewportPortal>
      {results.map(({ recordId, dots }) => {
        const node = byId.get(recordId)
        const edge: FlowEdge | undefined = node ? undefined : edges.get(recordId)
        let at: { x: number; y: number } | null = null
        if (node) at = { x: node.position.x + (node.measured?.width ?? 0), y: node.position.y }
        else if (edge) {
          const a = byId.get(edge.source)
          const b = byId.get(edge.target)
          if (a && b) {
            const ca = centre(a)
            const cb = centre(b)
            at = { x: (ca.x + cb.x) / 2, y: (ca.y + cb.y) / 2 }
          }
        }
        if (!at) return null
        return (
          <span
            key={recordId}
            className="vote-badge"
            style={{ transform: `translate(${at.x}px, ${at.y}px) translate(-50%, -50%)` }}
          >
            ● {t('meeting.voteDotsOn', { count: dots })}
          </span>
        )
      })}
    </ViewportPortal>
  )
}
