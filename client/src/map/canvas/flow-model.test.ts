import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEdge,
  addNode,
  deleteNodes,
  edgesMap,
  moveNodes,
  renameNode,
  setNodeSector,
  toYRecord,
  updateEdge,
} from '../../shared.ts'
import { buildEdges, patchNodes } from './flow-model.ts'
import type { Describe, FlowNode } from './flow-types.ts'

const describeText: Describe = {
  node: (n) => `${n.kind}: ${n.label}`,
  edge: (e, s, t) => `${e.kind}: ${s} – ${t}`,
}
const remote = { localEcho: false }

function docWithTwoNodes() {
  const doc = new Y.Doc()
  const a = addNode(doc, { kind: 'provider', label: 'Caritas', position: { x: 0, y: 0 } })
  const b = addNode(doc, { kind: 'service', label: 'Kita', position: { x: 300, y: 0 } })
  const all = patchNodes([], doc, new Set([a, b]), describeText, remote)
  return { doc, a, b, all }
}

describe('patchNodes', () => {
  it('builds React Flow nodes with kind as type and a screen reader name', () => {
    const { all, a } = docWithTwoNodes()
    const node = all.find((n) => n.id === a)
    expect(node).toMatchObject({
      type: 'provider',
      position: { x: 0, y: 0 },
      data: { label: 'Caritas', kind: 'provider' },
      ariaLabel: 'provider: Caritas',
    })
  })

  it('a remote rename replaces only that node object and keeps the others identical', () => {
    const { doc, a, b, all } = docWithTwoNodes()
    renameNode(doc, a, 'Caritas Köln')
    const next = patchNodes(all, doc, new Set([a]), describeText, remote)
    expect(next.find((n) => n.id === a)?.data.label).toBe('Caritas Köln')
    expect(next.find((n) => n.id === b)).toBe(all.find((n) => n.id === b))
  })

  it('nothing visible changed gives back the same array', () => {
    const { doc, a, all } = docWithTwoNodes()
    expect(patchNodes(all, doc, new Set([a]), describeText, remote)).toBe(all)
  })

  it('local state (selection, measured size) survives a remote change', () => {
    const { doc, a, all } = docWithTwoNodes()
    const local = all.map((n) =>
      n.id === a ? { ...n, selected: true, measured: { width: 220, height: 72 } } : n,
    )
    renameNode(doc, a, 'AWO')
    const patched = patchNodes(local, doc, new Set([a]), describeText, remote).find(
      (n) => n.id === a,
    )
    expect(patched).toMatchObject({ selected: true, measured: { width: 220, height: 72 } })
  })

  it('an echo of our own move does not pull a node back that has moved on locally', () => {
    const { doc, a, all } = docWithTwoNodes()
    const local: FlowNode[] = all.map((n) =>
      n.id === a ? { ...n, position: { x: 50, y: 50 } } : n,
    )
    moveNodes(doc, [{ id: a, position: { x: 20, y: 20 } }])
    const echo = patchNodes(local, doc, new Set([a]), describeText, { localEcho: true })
    expect(echo.find((n) => n.id === a)?.position).toEqual({ x: 50, y: 50 })
    const fromOthers = patchNodes(local, doc, new Set([a]), describeText, remote)
    expect(fromOthers.find((n) => n.id === a)?.position).toEqual({ x: 20, y: 20 })
  })

  it('a node being dragged here keeps its local position when others move it', () => {
    const { doc, a, all } = docWithTwoNodes()
    const local = all.map((n) =>
      n.id === a ? { ...n, dragging: true, position: { x: 9, y: 9 } } : n,
    )
    moveNodes(doc, [{ id: a, position: { x: 500, y: 500 } }])
    const next = patchNodes(local, doc, new Set([a]), describeText, remote)
    expect(next.find((n) => n.id === a)?.position).toEqual({ x: 9, y: 9 })
  })

  it('deleted nodes disappear and invalid records are never shown', () => {
    const { doc, a, b, all } = docWithTwoNodes()
    deleteNodes(doc, [a])
    doc
      .getMap('nodes')
      .set('bad', toYRecord({ kind: 'spaceship', label: 'x', position: { x: 0, y: 0 } }))
    const next = patchNodes(all, doc, new Set([a, 'bad']), describeText, remote)
    expect(next.map((n) => n.id)).toEqual([b])
  })

  it('a node’s sector reaches its data, so the canvas can colour it', () => {
    const { doc, a, all } = docWithTwoNodes()
    setNodeSector(doc, a, 'youth')
    const next = patchNodes(all, doc, new Set([a]), describeText, remote)
    expect(next.find((n) => n.id === a)?.data.sector).toBe('youth')
  })
})

describe('buildEdges', () => {
  it('links carry kind and status, an arrow when directed, and name both ends', () => {
    const { doc, a, b } = docWithTwoNodes()
    const id = addEdge(doc, { source: a, target: b, kind: 'funding' })
    const [edge] = buildEdges([], doc, describeText)
    expect(edge).toMatchObject({
      id,
      type: 'kind',
      source: a,
      target: b,
      data: { kind: 'funding', status: 'existing', directed: true },
      ariaLabel: 'funding: Caritas – Kita',
    })
    expect(edge?.markerEnd).toBeDefined()
  })

  it('arrows follow the link’s direction and its strength reaches the drawing', () => {
    const { doc, a, b } = docWithTwoNodes()
    const id = addEdge(doc, { source: a, target: b, kind: 'cooperation' })
    if (!id) throw new Error('link not added')
    const [plain] = buildEdges([], doc, describeText)
    expect(plain?.markerEnd).toBeUndefined()
    expect(plain?.markerStart).toBeUndefined()
    updateEdge(doc, id, { direction: 'backward', strength: 3 })
    const [backward] = buildEdges(plain ? [plain] : [], doc, describeText)
    expect(backward?.markerStart).toBeDefined()
    expect(backward?.markerEnd).toBeUndefined()
    expect(backward?.data).toMatchObject({ direction: 'backward', strength: 3, directed: true })
    updateEdge(doc, id, { direction: 'both' })
    const [both] = buildEdges([], doc, describeText)
    expect(both?.markerStart).toBeDefined()
    expect(both?.markerEnd).toBeDefined()
  })

  it('a dangling link (endpoint deleted concurrently) is not shown', () => {
    const { doc, a, b } = docWithTwoNodes()
    edgesMap(doc).set(
      'dangling',
      toYRecord({ source: a, target: 'gone', kind: 'cooperation', status: 'existing' }),
    )
    addEdge(doc, { source: a, target: b, kind: 'cooperation' })
    const edges = buildEdges([], doc, describeText)
    expect(edges.map((e) => e.id)).not.toContain('dangling')
    expect(edges).toHaveLength(1)
  })

  it('unchanged links keep their objects; a renamed endpoint renames the link', () => {
    const { doc, a, b } = docWithTwoNodes()
    addEdge(doc, { source: a, target: b, kind: 'cooperation' })
    const first = buildEdges([], doc, describeText)
    expect(buildEdges(first, doc, describeText)).toBe(first)
    renameNode(doc, b, 'Kita Sonnenschein')
    const renamed = buildEdges(first, doc, describeText)
    expect(renamed[0]?.ariaLabel).toBe('cooperation: Caritas – Kita Sonnenschein')
  })

  it('a link whose endpoint is deleted disappears', () => {
    const { doc, a, b } = docWithTwoNodes()
    addEdge(doc, { source: a, target: b, kind: 'referral' })
    const first = buildEdges([], doc, describeText)
    deleteNodes(doc, [b])
    expect(buildEdges(first, doc, describeText)).toEqual([])
  })
})
