import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from '../canvas/flow-types.ts'
import { TableIcon } from './icons.tsx'
import { NodeShell } from './NodeShell.tsx'

/** Gremium / Politik: an octagon with a round table. */
const shape = (
  <polygon points="7,1 93,1 99,24 99,76 93,99 7,99 1,76 1,24" vectorEffect="non-scaling-stroke" />
)
const icon = <TableIcon />

export const BodyNode = memo(function BodyNode(props: NodeProps<FlowNode>) {
  return <NodeShell {...props} shape={shape} icon={icon} />
})
