import { createContext, useContext } from 'react'
import type { NodeId } from '../shared.ts'
import type { Store } from '../ui/store.ts'
import type { RemoteSelection } from './presence/presence-model.ts'

/** Actions and shared UI stores for the components inside the canvas (nodes, edges). */
export interface MapUi {
  readonly readOnly: boolean
  /** The node whose name is being edited in place, if any. */
  readonly editing: Store<NodeId | null>
  /** Node id → the participants (other than us) who have it selected. */
  readonly remoteSelection: Store<RemoteSelection>
  readonly rename: (id: NodeId, label: string) => void
}

export const MapUiContext = createContext<MapUi | null>(null)

export function useMapUi(): MapUi {
  const ui = useContext(MapUiContext)
  if (!ui) throw new Error('useMapUi outside MapUiContext')
  return ui
}
