import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { addEdge, addNode, deleteNodes, moveNodes, renameNode, setMapInfo } from './mutations.ts'
import { readMap, readMeta, readNode } from './read-map.ts'
import { createMapUndoManager } from './undo-manager.ts'

const at = { x: 0, y: 0 }

test("undo reverts only the edits made with the user's own origin", () => {
  const doc = new Y.Doc()
  const undo = createMapUndoManager(doc, 'me', 0)
  const mine = addNode(doc, { kind: 'provider', label: 'AWO', position: at }, 'me')
  const theirs = addNode(doc, { kind: 'agency', label: 'Jugendamt', position: at }, 'server')
  renameNode(doc, theirs, 'Jugendamt Kalk', 'someone-else')
  undo.undo()
  expect(readNode(doc, mine)).toBeNull()
  expect(readNode(doc, theirs)?.label).toBe('Jugendamt Kalk')
})

test('one undo step is one user intent: a delete with its links comes back whole', () => {
  const doc = new Y.Doc()
  const undo = createMapUndoManager(doc, 'me', 0)
  const a = addNode(doc, { kind: 'provider', label: 'Caritas', position: at }, 'me')
  const b = addNode(doc, { kind: 'service', label: 'Kita', position: at }, 'me')
  addEdge(doc, { source: a, target: b, kind: 'operates' }, 'me')
  moveNodes(doc, [{ id: b, position: { x: 50, y: 60 } }], 'me')
  const before = readMap(doc)
  deleteNodes(doc, [a], 'me')
  expect(readMap(doc).edges).toEqual([])
  undo.undo()
  expect(readMap(doc)).toEqual(before)
  undo.redo()
  expect(readMap(doc).nodes.map((n) => n.id)).toEqual([b])
})

test('the map info is part of the undo scope', () => {
  const doc = new Y.Doc()
  setMapInfo(doc, { title: 'Stadtteilkonferenz' }, 'server')
  const undo = createMapUndoManager(doc, 'me', 0)
  setMapInfo(doc, { title: 'Vertipper' }, 'me')
  undo.undo()
  expect(readMeta(doc).title).toBe('Stadtteilkonferenz')
})
