import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { addEdge, addNode } from '../../shared.ts'
import { confirmDeletion, deleteRequest, linksGoingAlong } from './delete-request.ts'

function doc3() {
  const doc = new Y.Doc()
  const at = { x: 0, y: 0 }
  const a = addNode(doc, { kind: 'provider', label: 'A', position: at })
  const b = addNode(doc, { kind: 'service', label: 'B', position: at })
  const c = addNode(doc, { kind: 'agency', label: 'C', position: at })
  const ab = addEdge(doc, { source: a, target: b, kind: 'operates' })
  const bc = addEdge(doc, { source: b, target: c, kind: 'funding' })
  return { doc, a, b, c, ab, bc }
}

test('every link touching a deleted node goes along, counted once', () => {
  const { doc, a, b, c } = doc3()
  expect(linksGoingAlong(doc, new Set([b]))).toBe(2)
  expect(linksGoingAlong(doc, new Set([a]))).toBe(1)
  expect(linksGoingAlong(doc, new Set([a, b, c]))).toBe(2)
})

test('deleting only links asks nothing', async () => {
  const { doc, ab } = doc3()
  await expect(confirmDeletion(doc, { nodes: [], edges: [{ id: ab as string }] })).resolves.toBe(
    true,
  )
})

test('a node without links is deleted without asking', async () => {
  const doc = new Y.Doc()
  const lone = addNode(doc, { kind: 'note', label: 'Frage', position: { x: 0, y: 0 } })
  await expect(confirmDeletion(doc, { nodes: [{ id: lone }], edges: [] })).resolves.toBe(true)
  expect(deleteRequest.get()).toBeNull()
})

test('deleting a node with links waits for the answer and reports how many links go', async () => {
  const { doc, b, ab, bc } = doc3()
  // React Flow passes the connected links too, unselected.
  const answer = confirmDeletion(doc, {
    nodes: [{ id: b }],
    edges: [{ id: ab as string }, { id: bc as string }],
  })
  const request = deleteRequest.get()
  expect(request?.linkCount).toBe(2)
  expect(request?.nodeCount).toBe(1)
  request?.resolve(false)
  await expect(answer).resolves.toBe(false)
  expect(deleteRequest.get()).toBeNull()
})
