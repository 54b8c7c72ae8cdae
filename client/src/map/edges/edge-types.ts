import type { EdgeTypes } from '@xyflow/react'
import { KindEdge } from './KindEdge.tsx'

// Module level, so React Flow never sees a new edgeTypes object.
export const edgeTypes = { kind: KindEdge } satisfies EdgeTypes
