import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react'
import { memo } from 'react'
import { useCanvasLook } from '../canvas/canvas-look.ts'
import type { FlowEdge } from '../canvas/flow-types.ts'
import { decorationClasses, useEdgeDecoration } from '../view/decorations.ts'
import { EDGE_COLORS, edgeDash, edgeWidth, LABEL_COLOR } from './edge-style.ts'

const DIMMED_STROKE = '#c3c9d1'
const DIMMED_TEXT = '#5f6b78'

/**
 * A link drawn per kind: colour, dash (planned / tension), arrows by its direction, thickness by
 * its strength, and its kind written on it; view decorations (focus, search, analysis) dim or
 * emphasise it. The label is SVG text with a white halo, not an EdgeLabelRenderer portal: a
 * portal per link costs a DOM query per link on every viewport change, which made dragging in
 * a 1 000-node map several times slower.
 */
export const KindEdge = memo(function KindEdge(props: EdgeProps<FlowEdge>) {
  const { far, texts } = useCanvasLook()
  const { id, data, selected, markerEnd, markerStart } = props
  const deco = useEdgeDecoration(id)
  const [path, labelX, labelY] = getBezierPath(props)
  if (!data || deco.hidden) return null
  const planned = data.status === 'planned'
  const color = deco.dimmed ? DIMMED_STROKE : (deco.accent ?? EDGE_COLORS[data.kind])
  const kindText = planned
    ? `${texts.edgeKind[data.kind]} · ${texts.planned}`
    : texts.edgeKind[data.kind]
  const text = deco.badge ? `${kindText} · ${deco.badge}` : kindText
  // Far out the written kind is unreadable (about 5 px); a selected, highlighted or badged link
  // keeps it, as colour and dash alone must not carry the meaning the user asked to see.
  const showText = !far || selected || deco.highlighted || deco.badge !== undefined
  const emphasis = selected || deco.highlighted
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={deco.dimmed ? undefined : markerEnd}
        markerStart={deco.dimmed ? undefined : markerStart}
        className={decorationClasses(deco)}
        style={{
          stroke: color,
          strokeWidth: edgeWidth(data.strength, emphasis === true),
          strokeDasharray: edgeDash(data.kind, planned, far),
          strokeLinecap: 'round',
        }}
      />
      {showText && (
        <text
          className={`qn-edge-label${selected ? ' is-selected' : ''}${decorationClasses(deco)}`}
          x={labelX}
          y={labelY}
          fill={deco.dimmed ? DIMMED_TEXT : LABEL_COLOR}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {text}
        </text>
      )}
    </>
  )
})
