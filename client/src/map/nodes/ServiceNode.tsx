import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from '../canvas/flow-types.ts'
import { DoorIcon } from './icons.tsx'
import { NodeShell } from './NodeShell.tsx'

/** Angebot / Einrichtung: a rounded box with a door. */
const shape = (
  <rect x="1" y="1" width="98" height="98" rx="12" ry="20" vectorEffect="non-scaling-stroke" />
)
const icon = <DoorIcon />

export const ServiceNode = memo(function ServiceNode(props: NodeProps<FlowNode>) {
  return <NodeShell {...props} shape={shape} icon={icon} />
})
