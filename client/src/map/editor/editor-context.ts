import type { HocuspocusProvider } from '@hocuspocus/provider'
import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { EdgeId, NodeId } from '../../shared.ts'
import type { Store } from '../../ui/store.ts'
import type { MapActions } from '../canvas/useMapActions.ts'
import type { MapInfo } from '../sync/map-info.ts'

/** What is selected on this participant's canvas (local; others see it through awareness). */
export interface Selection {
  readonly nodes: readonly NodeId[]
  readonly edges: readonly EdgeId[]
}

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [] }

/**
 * Everything a panel, dialog or toolbar group of the open map needs, without prop threading
 * through MapEditor: the document, the connection, who we are, the editing actions, and the
 * selection. The object is stable for the life of the map; changing state lives in stores.
 */
export interface Editor {
  readonly doc: Y.Doc
  readonly provider: HocuspocusProvider
  readonly info: MapInfo
  readonly readOnly: boolean
  readonly actions: MapActions
  readonly selection: Store<Selection>
  /** Selects exactly these records on the canvas, without moving the view. */
  readonly select: (ids: {
    readonly nodes?: readonly string[]
    readonly edges?: readonly string[]
  }) => void
  /** Opens a sidebar tab by id (e.g. 'properties' after Enter on a node); null collapses it. */
  readonly openTab: (id: string | null) => void
  /** Selects these records on the canvas and brings them into view. */
  readonly reveal: (ids: {
    readonly nodes?: readonly string[]
    readonly edges?: readonly string[]
  }) => void
}

export const EditorContext = createContext<Editor | null>(null)

/** The open map's editor; only inside MapEditor. */
export function useEditor(): Editor {
  const editor = useContext(EditorContext)
  if (!editor) throw new Error('useEditor outside MapEditor')
  return editor
}
