import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { isTextInput } from '../canvas/selection.ts'
import { useEditor } from '../editor/editor-context.ts'
import { focusState } from './view-state.ts'

/** "U" shows the selected actor's neighbourhood (Umfeld), or ends the focus again. */
export function useFocusShortcut(): void {
  const { selection } = useEditor()
  const rf = useReactFlow<FlowNode, FlowEdge>()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'u' || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTextInput(event.target) || document.querySelector('[role="dialog"]')) return
      const [id, ...more] = selection.get().nodes
      const current = focusState.get()
      if (current && (!id || id === current.id)) {
        focusState.set(null)
      } else if (id && more.length === 0) {
        const label = rf.getNode(id)?.data.label ?? ''
        focusState.set({ id, label, steps: current?.steps ?? 1 })
      } else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [selection, rf])
}
