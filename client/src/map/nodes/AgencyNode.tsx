import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from '../canvas/flow-types.ts'
import { PillarIcon } from './icons.tsx'
import { NodeShell } from './NodeShell.tsx'

/** Fachamt / Verwaltung: a rectangle with a double border and a pillared building. */
const shape = (
  <>
    <rect x="1" y="1" width="98" height="98" vectorEffect="non-scaling-stroke" />
    <rect x="3.5" y="7" width="93" height="86" vectorEffect="non-scaling-stroke" />
  </>
)
const icon = <PillarIcon />

export const AgencyNode = memo(function AgencyNode(props: NodeProps<FlowNode>) {
  return <NodeShell {...props} shape={shape} icon={icon} />
})
