import type { NodeTypes } from '@xyflow/react'
import { AgencyNode } from './AgencyNode.tsx'
import { BodyNode } from './BodyNode.tsx'
import { NoteNode } from './NoteNode.tsx'
import { ProviderNode } from './ProviderNode.tsx'
import { ResidentGroupNode } from './ResidentGroupNode.tsx'
import { ResourceNode } from './ResourceNode.tsx'
import { ServiceNode } from './ServiceNode.tsx'

// Defined once at module level: a new object per render would make React Flow remount nodes.
export const nodeTypes = {
  provider: ProviderNode,
  service: ServiceNode,
  residentGroup: ResidentGroupNode,
  resource: ResourceNode,
  agency: AgencyNode,
  body: BodyNode,
  note: NoteNode,
} satisfies NodeTypes
