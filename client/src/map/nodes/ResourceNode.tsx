import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from '../canvas/flow-types.ts'
import { BoxIcon } from './icons.tsx'
import { NodeShell } from './NodeShell.tsx'

/** Ressource: a hexagon with a box. */
const shape = <polygon points="9,1 91,1 99,50 91,99 9,99 1,50" vectorEffect="non-scaling-stroke" />
const icon = <BoxIcon />

export const ResourceNode = memo(function ResourceNode(props: NodeProps<FlowNode>) {
  return <NodeShell {...props} shape={shape} icon={icon} />
})
