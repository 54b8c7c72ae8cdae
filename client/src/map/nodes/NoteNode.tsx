import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from '../canvas/flow-types.ts'
import { NoteIcon } from './icons.tsx'
import { NodeShell } from './NodeShell.tsx'
import { NoteTextarea } from './NoteTextarea.tsx'
import './note.css'

/** Notiz: a sticky note with a folded corner; its text is multi-line (never a network actor). */
const shape = (
  <>
    <polygon points="1,1 99,1 99,76 90,99 1,99" vectorEffect="non-scaling-stroke" />
    <polyline points="99,76 90,76 90,99" vectorEffect="non-scaling-stroke" />
  </>
)
const icon = <NoteIcon />

export const NoteNode = memo(function NoteNode(props: NodeProps<FlowNode>) {
  return <NodeShell {...props} shape={shape} icon={icon} Editor={NoteTextarea} />
})
