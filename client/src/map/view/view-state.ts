import type { NodeId } from '../../shared.ts'
import { createStore } from '../../ui/store.ts'
import { clearLayers } from './decorations.ts'
import { type FilterState, NO_FILTER } from './view-filter.ts'

/**
 * This participant's view of the open map: filters, focus, panels shown. Local to the tab; it
 * never reaches the document or awareness, so nobody else's canvas changes with it.
 */
export const filterState = createStore<FilterState>(NO_FILTER)

export interface Focus {
  readonly id: NodeId
  readonly label: string
  readonly steps: 1 | 2
}
export const focusState = createStore<Focus | null>(null)

export const legendOpen = createStore(false)
/** null: automatic — shown for maps up to MINIMAP_AUTO_LIMIT nodes (it draws every node again). */
export const minimapShown = createStore<boolean | null>(null)
export const MINIMAP_AUTO_LIMIT = 400
export const presenting = createStore(false)

/** Forgets the view of a closed map (filters of one map mean nothing on the next). */
export function resetView(): void {
  filterState.set(NO_FILTER)
  focusState.set(null)
  presenting.set(false)
  minimapShown.set(null)
  clearLayers()
}
