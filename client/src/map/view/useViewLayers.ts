import { useEffect } from 'react'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { setLayer } from './decorations.ts'
import { useLiveModel } from './useLiveModel.ts'
import { filterCount, filterDecoration, focusDecoration } from './view-filter.ts'
import { filterState, focusState, resetView } from './view-state.ts'

/** Keeps the 'filter' and 'focus' layers in step with the view state and the live map. */
export function useViewLayers(): void {
  const { doc } = useEditor()
  const filter = useStoreSlice(filterState, (f) => f)
  const focus = useStoreSlice(focusState, (f) => f)
  const model = useLiveModel(doc, filterCount(filter) > 0 || focus !== null)

  useEffect(() => {
    setLayer('filter', model ? filterDecoration(model, filter) : null)
  }, [model, filter])

  useEffect(() => {
    if (focus && model && !model.nodes.some((n) => n.id === focus.id)) {
      focusState.set(null) // the centre was deleted: nothing to focus on any more
      return
    }
    setLayer('focus', focus && model ? focusDecoration(model, focus.id, focus.steps) : null)
  }, [model, focus])

  useEffect(() => resetView, [])
}
