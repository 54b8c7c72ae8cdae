import * as Y from 'yjs'
import { edgesMap, metaMap, nodesMap } from './y-map-doc.ts'

/**
 * The undo stack of one user over a map: only transactions tagged with `origin` (the user's own
 * edits) are undone, over the nodes, the links and the map info.
 *
 * `ignoreRemoteMapChanges` is required, not a taste: without it, undoing a node delete after
 * another user changed that node meanwhile restores the record without the changed fields (Yjs
 * will not redo a map value someone else overwrote), and readNode then hides the node for
 * everyone. The convergence fuzz found this; concurrency-facts.test.ts pins it down.
 */
export function createMapUndoManager(
  doc: Y.Doc,
  origin: unknown,
  captureTimeout = 500,
): Y.UndoManager {
  return new Y.UndoManager([nodesMap(doc), edgesMap(doc), metaMap(doc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout,
    ignoreRemoteMapChanges: true,
  })
}
