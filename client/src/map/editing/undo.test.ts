import type { NodeChange } from '@xyflow/react'
import { afterEach, expect, test, vi } from 'vitest'
import * as Y from 'yjs'
import { addNode, moveNodes, readNode, renameNode } from '../../shared.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { createUndoGrouping, endsMoveGesture, undoManagerOf } from './undo.ts'

const move = (id: string, x: number, dragging: boolean): NodeChange => ({
  type: 'position',
  id,
  position: { x, y: 0 },
  dragging,
})

test('a drop or an arrow-key move ends a gesture, drag steps do not', () => {
  expect(endsMoveGesture([move('a', 1, true)])).toBe(false)
  expect(endsMoveGesture([move('a', 1, false)])).toBe(true)
  expect(endsMoveGesture([{ type: 'select', id: 'a', selected: true }])).toBe(false)
})

/** Feeds node changes through the grouping as MapEditor does, writing positions in between. */
function gesture(
  doc: Y.Doc,
  grouping: ReturnType<typeof createUndoGrouping>,
  changes: NodeChange[],
) {
  grouping.before(changes)
  for (const c of changes) {
    if (c.type === 'position' && c.position)
      moveNodes(doc, [{ id: c.id as never, position: c.position }], LOCAL_ORIGIN)
  }
  grouping.after(changes)
}

test('a whole drag is one undo step, separate from the rename before and after it', () => {
  const doc = new Y.Doc()
  const undo = undoManagerOf(doc)
  const id = addNode(
    doc,
    { kind: 'provider', label: 'AWO', position: { x: 0, y: 0 } },
    LOCAL_ORIGIN,
  )
  renameNode(doc, id, 'AWO Kalk', LOCAL_ORIGIN)
  const grouping = createUndoGrouping(undo)
  // All within the capture timeout: without the grouping, everything would merge into one step.
  gesture(doc, grouping, [move(id, 10, true)])
  gesture(doc, grouping, [move(id, 20, true)])
  gesture(doc, grouping, [move(id, 30, true)])
  gesture(doc, grouping, [move(id, 40, false)])
  renameNode(doc, id, 'AWO Kalk-Nord', LOCAL_ORIGIN)
  expect(readNode(doc, id)?.position.x).toBe(40)

  undo.undo()
  expect(readNode(doc, id)?.label).toBe('AWO Kalk')
  expect(readNode(doc, id)?.position.x).toBe(40)
  undo.undo()
  expect(readNode(doc, id)?.position.x).toBe(0)
  expect(readNode(doc, id)?.label).toBe('AWO Kalk')
})

afterEach(() => {
  vi.useRealTimers()
})

test('a slow drag with pauses longer than the capture timeout is still one undo step', () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  const doc = new Y.Doc()
  const undo = undoManagerOf(doc)
  const id = addNode(
    doc,
    { kind: 'agency', label: 'Jobcenter', position: { x: 0, y: 0 } },
    LOCAL_ORIGIN,
  )
  const grouping = createUndoGrouping(undo)
  for (const [x, dragging] of [
    [10, true],
    [20, true],
    [30, false],
  ] as const) {
    vi.setSystemTime(Date.now() + 2000)
    gesture(doc, grouping, [move(id, x, dragging)])
  }
  vi.setSystemTime(Date.now() + 100)
  renameNode(doc, id, 'Jobcenter Köln', LOCAL_ORIGIN)
  undo.undo()
  expect(readNode(doc, id)?.label).toBe('Jobcenter')
  expect(readNode(doc, id)?.position.x).toBe(30)
  undo.undo()
  expect(readNode(doc, id)?.position.x).toBe(0)
  expect(undo.captureTimeout).toBe(500)
})

test('the undo stack of a document is one and the same for toolbar and keyboard', () => {
  const doc = new Y.Doc()
  expect(undoManagerOf(doc)).toBe(undoManagerOf(doc))
  expect(undoManagerOf(new Y.Doc())).not.toBe(undoManagerOf(doc))
})
