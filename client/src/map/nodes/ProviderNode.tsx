import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from '../canvas/flow-types.ts'
import { BuildingIcon } from './icons.tsx'
import { NodeShell } from './NodeShell.tsx'

/** Träger: a plain rectangle with a building. */
const shape = <rect x="1" y="1" width="98" height="98" rx="2" vectorEffect="non-scaling-stroke" />
const icon = <BuildingIcon />

export const ProviderNode = memo(function ProviderNode(props: NodeProps<FlowNode>) {
  return <NodeShell {...props} shape={shape} icon={icon} />
})
