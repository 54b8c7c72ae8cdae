import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import {
  addEdge,
  addNode,
  deleteNodes,
  moveNodes,
  renameNode,
  setEdgeStatus,
  setNodeSector,
} from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { diffIds, diffMaps, isEmptyDiff } from './diff-maps.ts'
import { mapFigures } from './map-figures.ts'

function sessionFixture() {
  const doc = new Y.Doc()
  initMapDoc(doc, { title: 'Stadtteilkonferenz Kalk', area: 'Kalk' })
  const caritas = addNode(doc, {
    kind: 'provider',
    label: 'Caritas',
    position: { x: 0, y: 0 },
    sector: 'social',
  })
  const kita = addNode(doc, { kind: 'service', label: 'Kita', position: { x: 100, y: 0 } })
  const amt = addNode(doc, {
    kind: 'agency',
    label: 'Jugendamt',
    position: { x: 0, y: 100 },
    sector: 'youth',
  })
  const op = addEdge(doc, { source: caritas, target: kita, kind: 'operates' })
  return { doc, caritas, kita, amt, op }
}

describe('the session diff', () => {
  it('is empty when nothing changed, and ignores pure layout moves', () => {
    const { doc, caritas } = sessionFixture()
    const before = readMap(doc)
    moveNodes(doc, [{ id: caritas, position: { x: 500, y: 500 } }])
    const diff = diffMaps(before, readMap(doc))
    expect(isEmptyDiff(diff)).toBe(true)
    expect(diffMaps(before, readMap(doc), { includePositions: true }).nodes.changed).toHaveLength(1)
  })

  it('lists added, changed and removed actors and links with the changed fields', () => {
    const { doc, caritas, kita, amt, op } = sessionFixture()
    const before = readMap(doc)
    renameNode(doc, kita, 'Kita Sonnenschein')
    setNodeSector(doc, kita, 'youth')
    const verein = addNode(doc, {
      kind: 'residentGroup',
      label: 'Bürgerverein',
      position: { x: 9, y: 9 },
    })
    const coop = addEdge(doc, {
      source: amt,
      target: caritas,
      kind: 'cooperation',
      status: 'planned',
    })
    if (op) setEdgeStatus(doc, op, 'planned')
    deleteNodes(doc, [verein])
    const diff = diffMaps(before, readMap(doc))

    expect(diff.nodes.added).toEqual([])
    expect(diff.nodes.removed).toEqual([])
    expect(diff.nodes.changed).toHaveLength(1)
    expect(diff.nodes.changed[0]?.fields).toEqual([
      { field: 'label', before: 'Kita', after: 'Kita Sonnenschein' },
      { field: 'sector', before: undefined, after: 'youth' },
    ])
    expect(diff.edges.added.map((e) => e.id)).toEqual([coop])
    expect(diff.edges.changed.map((c) => c.fields)).toEqual([
      [{ field: 'status', before: 'existing', after: 'planned' }],
    ])
  })

  it('reduces to ids per class, actors and links together, for the session panel', () => {
    const { doc, caritas, kita, amt, op } = sessionFixture()
    const before = readMap(doc)
    renameNode(doc, kita, 'Kita Sonnenschein')
    const coop = addEdge(doc, { source: amt, target: caritas, kind: 'cooperation' })
    deleteNodes(doc, [caritas])
    const ids = diffIds(diffMaps(before, readMap(doc)))
    expect(ids.changed).toEqual([kita])
    // The new link went with Caritas, so it is neither added nor removed between the two states.
    expect(ids.added).not.toContain(coop)
    expect([...ids.removed].sort()).toEqual([caritas, op].sort())
  })

  it('reports a removed actor together with its removed links', () => {
    const { doc, caritas } = sessionFixture()
    const before = readMap(doc)
    deleteNodes(doc, [caritas])
    const diff = diffMaps(before, readMap(doc))
    expect(diff.nodes.removed.map((n) => n.label)).toEqual(['Caritas'])
    expect(diff.edges.removed).toHaveLength(1)
  })
})

describe('the figures for the minutes', () => {
  it('counts actors by kind and sector and links across sectors', () => {
    const { doc, caritas, amt } = sessionFixture()
    addNode(doc, { kind: 'note', label: 'Offene Frage', position: { x: 0, y: 0 } })
    addEdge(doc, { source: amt, target: caritas, kind: 'cooperation', status: 'planned' })
    expect(mapFigures(readMap(doc))).toEqual({
      actors: 3,
      links: 2,
      actorsByKind: { provider: 1, service: 1, agency: 1 },
      actorsBySector: { social: 1, none: 1, youth: 1 },
      linksByKind: { operates: 1, cooperation: 1 },
      plannedLinks: 1,
      crossSectorPairs: 1,
      eiIndex: 1,
    })
  })
})
