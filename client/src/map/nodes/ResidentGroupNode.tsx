import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from '../canvas/flow-types.ts'
import { PeopleIcon } from './icons.tsx'
import { NodeShell } from './NodeShell.tsx'

/** Initiative: a pill, the roundest shape, with people. */
const shape = (
  <rect x="1" y="1" width="98" height="98" rx="49" ry="49" vectorEffect="non-scaling-stroke" />
)
const icon = <PeopleIcon />

export const ResidentGroupNode = memo(function ResidentGroupNode(props: NodeProps<FlowNode>) {
  return <NodeShell {...props} shape={shape} icon={icon} />
})
