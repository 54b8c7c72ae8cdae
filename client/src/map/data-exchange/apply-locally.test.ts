import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { initMapDoc } from '../../../../shared/src/doc/init-map.ts'
import { planCsvImport } from '../../../../shared/src/formats/csv-import.ts'
import { addNode, type NodeId, type Position, readMap } from '../../shared.ts'
import { undoManagerOf } from '../editing/undo.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { applyImportLocally } from './apply-locally.ts'

// The layout runs in a Web Worker in the browser; here a stand-in places the actors in a row.
vi.mock('../layout/run-layout.ts', () => ({
  runLayout: async (_name: string, input: { nodes: { id: NodeId }[] }) =>
    new Map<NodeId, Position>(input.nodes.map((n, i) => [n.id, { x: -5000 + i * 300, y: 40 }])),
}))

const ACTORS = 'Name;Art\nCaritas;Träger\nJugendzentrum;Angebot\nAWO;Träger\n'
const LINKS = 'Von;Nach;Art\nCaritas;Jugendzentrum;Trägerschaft\n'

function mapWith(label: string): Y.Doc {
  const doc = new Y.Doc()
  initMapDoc(doc, { title: 'Kalk' })
  addNode(doc, { kind: 'provider', label, position: { x: 0, y: 0 } })
  return doc
}

describe('confirming an import in the browser', () => {
  it('adds, merges and lays out the actors, and one undo takes all of it back', async () => {
    const doc = mapWith('caritas')
    const undo = undoManagerOf(doc)
    const plan = planCsvImport(
      [
        { name: 'akteure.csv', data: ACTORS },
        { name: 'links.csv', data: LINKS },
      ],
      { existing: readMap(doc) },
    )
    const applied = await applyImportLocally(doc, plan, 'merge')
    expect(applied.actorsAdded).toBe(2)
    expect(applied.actorsMerged).toBe(1)
    expect(applied.linksAdded).toBe(1)
    const model = readMap(doc)
    expect(model.nodes.map((n) => n.label).sort()).toEqual(['AWO', 'Jugendzentrum', 'caritas'])
    // Placed by the layout, but never left of the map that was there.
    for (const id of applied.nodeIds) {
      const node = model.nodes.find((n) => n.id === id)
      expect(node?.position.x).toBeGreaterThan(0)
      expect(node?.position.y).toBe(40)
    }
    expect(undo.undoStack).toHaveLength(1)
    undo.undo()
    expect(readMap(doc).nodes.map((n) => n.label)).toEqual(['caritas'])
    expect(readMap(doc).edges).toEqual([])
  })

  it('does not merge into the edit before it, and leaves the undo timing as it was', async () => {
    const doc = mapWith('Caritas')
    const undo = undoManagerOf(doc)
    const timeout = undo.captureTimeout
    addNode(
      doc,
      { kind: 'body', label: 'Stadtteilkonferenz', position: { x: 300, y: 0 } },
      LOCAL_ORIGIN,
    )
    const plan = planCsvImport(ACTORS, { existing: readMap(doc) })
    await applyImportLocally(doc, plan, 'skip')
    expect(undo.captureTimeout).toBe(timeout)
    expect(undo.undoStack).toHaveLength(2)
    undo.undo()
    expect(
      readMap(doc)
        .nodes.map((n) => n.label)
        .sort(),
    ).toEqual(['Caritas', 'Stadtteilkonferenz'])
  })

  it('keeps the positions a file brings', async () => {
    const doc = mapWith('Caritas')
    const csv = 'Name;Art;X;Y\nAWO;Träger;100;-50\nKita;Angebot;400;-50\n'
    const plan = planCsvImport(csv, { existing: readMap(doc) })
    const applied = await applyImportLocally(doc, plan, 'merge')
    expect(applied.positions.size).toBe(0)
    const awo = readMap(doc).nodes.find((n) => n.label === 'AWO')
    expect(awo?.position).toEqual({ x: 100, y: -50 })
  })

  it('changes nothing for a plan that was rejected', async () => {
    const doc = mapWith('Caritas')
    const plan = planCsvImport('Name;Art\n"Caritas;Träger\n', { existing: readMap(doc) })
    expect(plan.ok).toBe(false)
    const applied = await applyImportLocally(doc, plan, 'merge')
    expect(applied.actorsAdded).toBe(0)
    expect(readMap(doc).nodes).toHaveLength(1)
    expect(undoManagerOf(doc).undoStack).toHaveLength(0)
  })
})
