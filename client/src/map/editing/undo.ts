import type { NodeChange } from '@xyflow/react'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { createMapUndoManager } from '../../shared.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'

// One undo stack per open document. A WeakMap instead of a context: the toolbar buttons, the
// keyboard shortcuts and the drag grouping all reach the same stack without prop threading.
const managers = new WeakMap<Y.Doc, Y.UndoManager>()

/** This tab's undo stack: only transactions with our LOCAL_ORIGIN, never someone else's. */
export function undoManagerOf(doc: Y.Doc): Y.UndoManager {
  let manager = managers.get(doc)
  if (!manager) {
    manager = createMapUndoManager(doc, LOCAL_ORIGIN)
    managers.set(doc, manager)
  }
  return manager
}

/**
 * Whether node changes end a gesture that must be its own undo step: the drop of a drag or an
 * arrow-key move (React Flow reports both as a position change with `dragging: false`).
 */
export function endsMoveGesture(changes: readonly NodeChange[]): boolean {
  return changes.some((c) => c.type === 'position' && c.position !== undefined && !c.dragging)
}

/** Whether node changes start a drag (so it must not merge with the edit before it). */
export function startsDrag(changes: readonly NodeChange[], dragging: ReadonlySet<string>): boolean {
  return changes.some((c) => c.type === 'position' && c.dragging === true && !dragging.has(c.id))
}

/**
 * Keeps a drag one undo step: the stack stops capturing when a drag starts and after its drop
 * was written, so the drag neither merges with the edit before it nor with the next one. In
 * between, everything merges however slow the drag is (a pause longer than the capture
 * timeout would otherwise split it, and one undo would only take back its last part).
 */
export function createUndoGrouping(
  manager: Pick<Y.UndoManager, 'stopCapturing' | 'captureTimeout'>,
) {
  const dragging = new Set<string>()
  const normalTimeout = manager.captureTimeout
  return {
    before(changes: readonly NodeChange[]) {
      if (startsDrag(changes, dragging)) {
        if (dragging.size === 0) manager.stopCapturing()
        manager.captureTimeout = Number.POSITIVE_INFINITY
      }
      for (const c of changes) if (c.type === 'position' && c.dragging) dragging.add(c.id)
    },
    after(changes: readonly NodeChange[]) {
      if (!endsMoveGesture(changes)) return
      for (const c of changes) if (c.type === 'position' && !c.dragging) dragging.delete(c.id)
      if (dragging.size > 0) return
      manager.captureTimeout = normalTimeout
      manager.stopCapturing()
    },
  }
}

/** Writes one user intent as its own undo step (not merged with a write just before it). */
export function asUndoStep(doc: Y.Doc, write: () => void): void {
  const manager = undoManagerOf(doc)
  manager.stopCapturing()
  write()
  manager.stopCapturing()
}

export interface UndoState {
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/** Whether there is something of ours to undo or redo, kept current. */
export function useUndoState(doc: Y.Doc): UndoState {
  const manager = undoManagerOf(doc)
  const read = (): UndoState => ({
    canUndo: manager.undoStack.length > 0,
    canRedo: manager.redoStack.length > 0,
  })
  const [state, setState] = useState(read)
  // biome-ignore lint/correctness/useExhaustiveDependencies: read depends only on manager
  useEffect(() => {
    const update = () =>
      setState((prev) => {
        const next = read()
        return prev.canUndo === next.canUndo && prev.canRedo === next.canRedo ? prev : next
      })
    update()
    manager.on('stack-item-added', update)
    manager.on('stack-item-popped', update)
    manager.on('stack-cleared', update)
    return () => {
      manager.off('stack-item-added', update)
      manager.off('stack-item-popped', update)
      manager.off('stack-cleared', update)
    }
  }, [manager])
  return state
}
