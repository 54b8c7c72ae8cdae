import { expect, test } from 'vitest'
import * as Y from 'yjs'
import {
  addEdge,
  addNode,
  type NodeId,
  newNodeId,
  readEdge,
  readMap,
  readNode,
} from '../../shared.ts'
import {
  CLIPBOARD_FORMAT,
  parseClipboardPayload,
  planPaste,
  toClipboardPayload,
} from './clipboard-payload.ts'

function sampleDoc() {
  const doc = new Y.Doc()
  const a = addNode(doc, {
    kind: 'provider',
    label: 'Caritas',
    position: { x: 0, y: 0 },
    sector: 'social',
    contact: 'Frau Beispiel, 0221 123',
  })
  const b = addNode(doc, { kind: 'service', label: 'Kita', position: { x: 300, y: 0 } })
  const c = addNode(doc, { kind: 'agency', label: 'Jugendamt', position: { x: 0, y: 300 } })
  addEdge(doc, { source: a, target: b, kind: 'operates', note: 'seit 2019' })
  addEdge(doc, { source: b, target: c, kind: 'funding' })
  return { doc, a, b, c }
}

test('a copy holds the selected nodes and only the links among them', () => {
  const { doc, a, b } = sampleDoc()
  const { nodes, edges } = readMap(doc)
  const payload = toClipboardPayload(nodes, edges, new Set([a, b]))
  expect(payload.nodes.map((n) => n.label).sort()).toEqual(['Caritas', 'Kita'])
  expect(payload.edges).toHaveLength(1)
  expect(payload.edges[0]?.kind).toBe('operates')
})

test('the contact field (personal data) never goes into the clipboard', () => {
  const { doc, a } = sampleDoc()
  const { nodes, edges } = readMap(doc)
  const text = JSON.stringify(toClipboardPayload(nodes, edges, new Set([a])))
  expect(text).not.toContain('Frau Beispiel')
  expect(text).toContain('Caritas')
})

test('a copy survives the trip through clipboard text', () => {
  const { doc, a, b } = sampleDoc()
  const { nodes, edges } = readMap(doc)
  const payload = toClipboardPayload(nodes, edges, new Set([a, b]))
  expect(parseClipboardPayload(JSON.stringify(payload))).toEqual(payload)
})

test('text that is not our payload is not pasted as nodes', () => {
  expect(parseClipboardPayload('Einkaufsliste: Milch, Brot')).toBeNull()
  expect(parseClipboardPayload(`{"format":"${CLIPBOARD_FORMAT}","nodes":[{"key":1}]}`)).toBeNull()
  expect(parseClipboardPayload(`${CLIPBOARD_FORMAT} {not json`)).toBeNull()
  const hostile = {
    format: CLIPBOARD_FORMAT,
    nodes: [
      {
        key: 'x',
        kind: 'provider',
        label: 'A',
        position: { x: 0, y: 0 },
        website: 'javascript:alert(1)',
      },
    ],
    edges: [],
  }
  expect(parseClipboardPayload(JSON.stringify(hostile))).toBeNull()
})

test('pasting gives new ids, moves by the offset and re-points links at the copies', () => {
  const { doc, a, b } = sampleDoc()
  const { nodes, edges } = readMap(doc)
  const payload = toClipboardPayload(nodes, edges, new Set([a, b]))
  const plan = planPaste(payload, { x: 32, y: 32 }, newNodeId)
  const newIds = new Set<string>(plan.nodes.map((n) => n.id))
  expect(newIds.has(a) || newIds.has(b)).toBe(false)
  const caritas = plan.nodes.find((n) => n.label === 'Caritas')
  expect(caritas?.position).toEqual({ x: 32, y: 32 })
  expect(caritas?.sector).toBe('social')
  expect(plan.edges).toHaveLength(1)
  expect(newIds.has(plan.edges[0]?.source as string)).toBe(true)
  expect(newIds.has(plan.edges[0]?.target as string)).toBe(true)
  expect(plan.edges[0]?.note).toBe('seit 2019')
})

test('a planned paste applied to another map creates the same small network there', () => {
  const { doc, a, b } = sampleDoc()
  const { nodes, edges } = readMap(doc)
  const plan = planPaste(
    toClipboardPayload(nodes, edges, new Set([a, b])),
    { x: 0, y: 0 },
    newNodeId,
  )
  const other = new Y.Doc()
  other.transact(() => {
    for (const { id, ...node } of plan.nodes) addNode(other, node, undefined, id as NodeId)
    for (const edge of plan.edges) addEdge(other, edge)
  })
  const copied = readMap(other)
  expect(copied.nodes.map((n) => n.label).sort()).toEqual(['Caritas', 'Kita'])
  const edge = copied.edges[0]
  expect(edge && readEdge(other, edge.id)?.kind).toBe('operates')
  expect(plan.nodes.every((n) => readNode(other, n.id)?.contact === undefined)).toBe(true)
})
