import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { addNode } from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { edgesMap } from '../doc/y-map-doc.ts'
import { applyImportPlan } from './apply-import.ts'
import { planCsvImport } from './csv-import.ts'
import { MAX_LISTED_PROBLEMS } from './resolve.ts'

const ORIGIN = 'import-test'

function mapWith(...labels: string[]): Y.Doc {
  const doc = new Y.Doc()
  labels.forEach((label, i) => {
    addNode(doc, { kind: 'provider', label, position: { x: i * 100, y: 40 } })
  })
  return doc
}

describe('applying an import plan', () => {
  test('everything lands in one transaction that one undo step removes again', () => {
    const doc = mapWith('Caritas')
    const undo = new Y.UndoManager([doc.getMap('nodes'), doc.getMap('edges')], {
      trackedOrigins: new Set([ORIGIN]),
    })
    let transactions = 0
    doc.on('afterTransaction', () => {
      transactions++
    })
    const plan = planCsvImport(
      'Von;Nach;Art\nCaritas;Jugendtreff;Trägerschaft\nJugendamt;Caritas;Förderung\n',
      {
        existing: readMap(doc),
      },
    )
    const report = applyImportPlan(doc, plan, { duplicates: 'merge', origin: ORIGIN })
    expect(transactions).toBe(1)
    expect(report).toMatchObject({ applied: true, actorsAdded: 2, linksAdded: 2 })
    expect(readMap(doc).nodes).toHaveLength(3)
    undo.undo()
    expect(readMap(doc).nodes.map((n) => n.label)).toEqual(['Caritas'])
    expect(readMap(doc).edges).toEqual([])
  })

  test('a links-only file creates actors for unknown names and reports each of them', () => {
    const plan = planCsvImport(
      'From,To,Type\nJugendamt,Kita Mitte,funding\nKita Mitte,Elterncafé,Kooperation\n',
    )
    expect(plan.stats).toMatchObject({ actorsToAdd: 3, actorsCreatedForLinks: 3, linksToAdd: 2 })
    const created = plan.problems.filter((p) => p.code === 'endpointCreated')
    expect(created.map((p) => p.row)).toEqual([2, 2, 3])
    expect(created[0]?.message.de).toBe(
      'Zeile 2: „Jugendamt“ ist noch kein Akteur und wird neu angelegt.',
    )
    const doc = new Y.Doc()
    const report = applyImportPlan(doc, plan, { duplicates: 'merge' })
    expect(report.problems.filter((p) => p.code === 'endpointCreated')).toHaveLength(3)
    const kinds = Object.fromEntries(readMap(doc).nodes.map((n) => [n.label, n.kind]))
    expect(kinds).toEqual({ Jugendamt: 'agency', 'Kita Mitte': 'service', Elterncafé: 'provider' })
  })

  test('"skip" leaves a duplicate actor untouched, "merge" fills what it lacks', () => {
    const csv = 'Name;Säule;Lebenslagen\n CARITAS ;Soziales;Einkommen\n'
    for (const mode of ['skip', 'merge'] as const) {
      const doc = mapWith('Caritas')
      const plan = planCsvImport(csv, { existing: readMap(doc) })
      expect(plan.duplicates).toHaveLength(1)
      const report = applyImportPlan(doc, plan, { duplicates: mode })
      expect(report.actorsAdded).toBe(0)
      const [node] = readMap(doc).nodes
      if (mode === 'skip') {
        expect(report.actorsSkipped).toBe(1)
        expect(node?.sector).toBeUndefined()
      } else {
        expect(report.actorsMerged).toBe(1)
        expect(node).toMatchObject({ label: 'Caritas', sector: 'social', themes: ['income'] })
      }
    }
  })

  test('the same name twice in one file is one actor; merge combines the rows', () => {
    const plan = planCsvImport('Name;Säule;Lebenslagen\nAWO;;Bildung\nawo;Soziales;Wohnen\n')
    expect(plan.duplicates).toEqual([{ label: 'awo', row: 3, sheet: 'CSV', firstRow: 2 }])
    const merged = new Y.Doc()
    applyImportPlan(merged, plan, { duplicates: 'merge' })
    expect(readMap(merged).nodes).toMatchObject([
      { label: 'AWO', sector: 'social', themes: ['education', 'housing'] },
    ])
    const skipped = new Y.Doc()
    applyImportPlan(skipped, plan, { duplicates: 'skip' })
    expect(readMap(skipped).nodes).toMatchObject([{ label: 'AWO', themes: ['education'] }])
    expect(readMap(skipped).nodes[0]?.sector).toBeUndefined()
  })

  test('a link that exists already (undirected: either way), or one to itself, is not added', () => {
    const plan = planCsvImport('Von;Nach\nA;B\nb;a \nA;B\nA;a\n')
    expect(plan.problems.map((p) => [p.code, p.row])).toEqual([
      ['endpointCreated', 2],
      ['endpointCreated', 2],
      ['duplicateLink', 3],
      ['duplicateLink', 4],
      ['selfLoop', 5],
    ])
    expect(plan.stats).toMatchObject({ linksToAdd: 1, rowsSkipped: 1 })
  })

  test('directed links the other way round are two links; the v2 fields are written with defaults', () => {
    const plan = planCsvImport(
      'Von;Nach;Art;Stärke;Richtung;Notiz\nA;B;Finanzierung;eng;;Projektmittel\nB;A;Finanzierung;;beidseitig;\nA;B;Kooperation;;;\n',
    )
    const doc = new Y.Doc()
    applyImportPlan(doc, plan, { duplicates: 'merge' })
    const edges = readMap(doc).edges
    expect(edges).toHaveLength(3)
    const raw = [...edgesMap(doc).values()].map((r) => (r as Y.Map<unknown>).toJSON())
    expect(
      raw.every((r) => [1, 2, 3].includes(r.strength) && typeof r.direction === 'string'),
    ).toBe(true)
    const funding = edges.filter((e) => e.kind === 'funding')
    expect(funding.map((e) => [e.strength, e.direction, e.note ?? null]).sort()).toEqual([
      [2, 'both', null],
      [3, 'forward', 'Projektmittel'],
    ])
    expect(edges.find((e) => e.kind === 'cooperation')).toMatchObject({
      direction: 'none',
      strength: 2,
    })
  })

  test('new actors without positions are placed on a grid right of the existing content', () => {
    const doc = mapWith('Alt 1', 'Alt 2')
    const plan = planCsvImport('Name\nNeu 1\nNeu 2\nNeu 3\nNeu 4\n', { existing: readMap(doc) })
    const report = applyImportPlan(doc, plan, { duplicates: 'merge' })
    const placed = readMap(doc).nodes.filter((n) => report.nodeIds.includes(n.id))
    expect(placed).toHaveLength(4)
    expect(placed.every((n) => n.position.x > 100)).toBe(true)
    expect(new Set(placed.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(4)
  })

  test('a plan computed before the map changed is resolved again against the current map', () => {
    const doc = new Y.Doc()
    const plan = planCsvImport('Name\nCaritas\n', { existing: readMap(doc) })
    expect(plan.stats.actorsToAdd).toBe(1)
    addNode(doc, { kind: 'provider', label: 'caritas', position: { x: 0, y: 0 } })
    const report = applyImportPlan(doc, plan, { duplicates: 'merge' })
    expect(report).toMatchObject({ actorsAdded: 0, actorsMerged: 1 })
    expect(readMap(doc).nodes).toHaveLength(1)
  })

  test('an edited column mapping is used when planning again', () => {
    const csv = 'Träger;Kommentar\nCaritas;Jugendhilfe\n'
    const first = planCsvImport(csv)
    expect(first.ok).toBe(false)
    const [table] = first.mapping
    if (!table) throw new Error('no mapping')
    const edited = [
      {
        ...table,
        columns: table.columns.map((c) => ({ ...c, field: c.index === 0 ? 'label' : 'sector' })),
      },
    ]
    const second = planCsvImport(csv, { mapping: edited })
    expect(second.ok).toBe(true)
    expect(second.nodes).toMatchObject([{ label: 'Caritas', sector: 'youth' }])
  })

  test('a file with a problem in every row lists a bounded number of them and counts the rest', () => {
    const rows = ['Name;Art']
    for (let i = 0; i < 2_000; i++) rows.push(`Akteur ${i};Raumschiff`)
    const plan = planCsvImport(rows.join('\n'))
    expect(plan.ok).toBe(true)
    expect(plan.nodes).toHaveLength(2_000)
    expect(plan.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1)
    expect(plan.problems.at(-1)?.message.de).toBe('… und 1.500 weitere Hinweise.')
  })
})

describe('merging into actors of the map', () => {
  test('a merge fills the details the map lacks and keeps the ones it has', () => {
    const doc = new Y.Doc()
    addNode(doc, {
      kind: 'provider',
      label: 'Caritas',
      position: { x: 0, y: 0 },
      description: 'Alt',
    })
    const plan = planCsvImport(
      'Name;Beschreibung;Website;Kontakt\nCaritas;Neu;caritas.de;Frau Kaya\n',
      { existing: readMap(doc) },
    )
    applyImportPlan(doc, plan, { duplicates: 'merge' })
    expect(readMap(doc).nodes).toMatchObject([
      { label: 'Caritas', description: 'Alt', website: 'https://caritas.de', contact: 'Frau Kaya' },
    ])
  })
})
