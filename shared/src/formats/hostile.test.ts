import { XMLValidator } from 'fast-xml-parser'
import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf/node'
import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { addNode } from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { applyImportPlan } from './apply-import.ts'
import { exportEdgesCsv, exportNodesCsv } from './csv-export.ts'
import { planCsvImport } from './csv-import.ts'
import { exportGexf } from './gexf-export.ts'
import { exportGraphml } from './graphml-export.ts'
import { planGraphmlImport } from './graphml-import.ts'
import { IMPORT_LIMITS } from './import-plan.ts'
import { parseJson } from './json-format.ts'
import { importIntoEmpty, sampleDoc } from './test-support.ts'
import { isFormulaLike, stripXmlForbidden } from './text-safety.ts'
import { exportXlsx, planXlsxImport } from './xlsx.ts'

const FORMULAS = [
  '=1+1',
  '+1',
  '-1+A1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '\0x',
  '＝1',
  '＋1',
  '－1',
  '＠x',
  ' =1',
]
const XML_BREAKERS =
  'A </data> ]]> & <x> \u0000\u0001\u0008\u000B\u001F \uD800 \uDC00 \uFFFE\uFFFF Z 😀'

describe('formula cells are neutralised in every export', () => {
  const model = readMap(sampleDoc(FORMULAS.map((f) => `${f} Akteur`)))

  for (const dialect of ['excel-de', 'rfc4180'] as const) {
    test(`no CSV cell (${dialect}) starts like a formula, and import restores the labels`, () => {
      const csv = [exportNodesCsv(model, { dialect }), exportEdgesCsv(model, { dialect })]
      for (const text of csv) {
        const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
          delimiter: dialect === 'excel-de' ? ';' : ',',
        }).data
        const textCells = rows.flat().filter((cell) => !/^-?\d+([.,]\d+)?$/.test(cell))
        expect(textCells.length).toBeGreaterThan(model.nodes.length)
        expect(textCells.filter(isFormulaLike)).toEqual([])
      }
      const copy = importIntoEmpty(planCsvImport(csv))
      expect(copy.nodes.map((n) => n.label).sort()).toEqual(
        model.nodes.map((n) => n.label.trim()).sort(),
      )
    })
  }

  test('the excel-de dialect has a BOM, semicolons and CRLF', () => {
    const text = exportNodesCsv(model)
    expect(
      text.startsWith(
        '\uFEFFID;Name;Art;Säule;Lebenslagen;Beschreibung;Planungsraum;Website;Kontakt;X;Y\r\n',
      ),
    ).toBe(true)
    expect(
      exportNodesCsv(model, { dialect: 'rfc4180', language: 'en' }).startsWith('ID,Label,Type'),
    ).toBe(true)
  })

  test('xlsx writes labels as string cells, never formulas, quoted like CSV; import restores them', async () => {
    const ExcelJS = (await import('exceljs')).default
    const workbook = new ExcelJS.Workbook()
    const bytes = await exportXlsx(model)
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const labels: unknown[] = []
    workbook.getWorksheet('Akteure')?.eachRow((row, n) => {
      if (n > 1) labels.push(row.getCell(2).value)
    })
    expect(labels).toHaveLength(model.nodes.length)
    expect(labels.every((v) => typeof v === 'string' && !isFormulaLike(v))).toBe(true)
    // XML normalises CR to LF and cannot carry NUL: everything else comes back as written.
    const copy = importIntoEmpty(await planXlsxImport(bytes))
    const expected = model.nodes.map((n) =>
      stripXmlForbidden(n.label).replace(/\r\n?/g, '\n').trim(),
    )
    expect(copy.nodes.map((n) => n.label).sort()).toEqual(expected.sort())
  })
})

describe('XML exports stay well-formed whatever the labels', () => {
  const doc = sampleDoc([XML_BREAKERS, 'Zweiter'])
  const model = readMap(doc)

  test('GraphML parses as XML and labels come back minus the forbidden characters', () => {
    const xml = exportGraphml(model)
    expect(XMLValidator.validate(xml)).toBe(true)
    const copy = importIntoEmpty(planGraphmlImport(xml))
    expect(copy.nodes.map((n) => n.label).sort()).toEqual([
      'A </data> ]]> & <x>     Z 😀',
      'Zweiter',
    ])
    expect(copy.nodes.map((n) => n.label).sort()).toEqual(
      model.nodes.map((n) => stripXmlForbidden(n.label)).sort(),
    )
  })

  test('GEXF parses in Gephi’s reader with typed attributes, positions and labels', () => {
    const full = readMap(sampleDoc([XML_BREAKERS, 'Zweiter', 'Dritter', 'Vierter']))
    const xml = exportGexf(full)
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain('<attribute id="kind" title="kind" type="string"/>')
    expect(xml).toContain('<attribute id="themes" title="themes" type="liststring"/>')
    const graph = parseGexf(Graph, xml)
    expect(graph.order).toBe(full.nodes.length)
    for (const node of full.nodes) {
      const attrs = graph.getNodeAttributes(node.id)
      expect(attrs.label).toBe(stripXmlForbidden(node.label))
      expect(attrs.kind).toBe(node.kind)
      expect(attrs.sector).toBe(node.sector)
      expect(attrs.x).toBe(node.position.x)
      expect(attrs.y).toBe(node.position.y)
    }
    expect(graph.size).toBe(full.edges.length)
    for (const edge of full.edges) {
      expect(graph.getEdgeAttribute(edge.id, 'kind')).toBe(edge.kind)
      expect(graph.getEdgeAttribute(edge.id, 'status')).toBe(edge.status)
    }
  })
})

describe('broken and hostile files get a clear problem and change nothing', () => {
  test('a missing name column is a fatal German problem naming the header row', () => {
    const plan = planCsvImport('Art;Säule\nVerein;Jugend\n')
    expect(plan.ok).toBe(false)
    expect(plan.problems[0]).toMatchObject({ code: 'missingColumn', row: 1, severity: 'fatal' })
    expect(plan.problems[0]?.message.de).toBe(
      'Zeile 1: Die Spalte „Name“ fehlt. Gefundene Spalten: „Art“, „Säule“.',
    )
    const doc = new Y.Doc()
    const before = Y.encodeStateAsUpdate(doc)
    expect(applyImportPlan(doc, plan, { duplicates: 'merge' }).applied).toBe(false)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  test('a link list without a "Nach" column is rejected', () => {
    const plan = planCsvImport('Von;Art\nA;Kooperation\n')
    expect(plan.ok).toBe(false)
    expect(plan.problems.map((p) => p.code)).toEqual(['missingColumn'])
  })

  test('100 000 rows stop at the row limit with a clear problem instead of hanging', () => {
    const rows = ['Name;Art']
    for (let i = 0; i < 100_000; i++) rows.push(`Akteur ${i};Verein`)
    const plan = planCsvImport(new TextEncoder().encode(rows.join('\r\n')))
    expect(plan.ok).toBe(false)
    expect(plan.nodes).toEqual([])
    expect(plan.problems.map((p) => p.code)).toEqual(['tooManyRows'])
    expect(plan.problems[0]?.message.de).toContain(
      `mehr als ${IMPORT_LIMITS.maxActors.toLocaleString('de-DE')} Zeilen`,
    )
  })

  test('a file larger than the byte limit is refused before parsing', () => {
    const plan = planCsvImport(new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(65))
    expect(plan.problems.map((p) => p.code)).toEqual(['tooLarge'])
  })

  test('an xlsx uploaded as CSV is recognised as binary', () => {
    const plan = planCsvImport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))
    expect(plan.problems.map((p) => p.code)).toEqual(['binaryFile'])
  })

  test('a file mixing UTF-8 and Windows-1252 is read, with a warning about umlauts', () => {
    const utf8 = new TextEncoder().encode('Name;Art\nMüller-Stiftung;Stiftung\n')
    const latin = new Uint8Array([
      0x47, 0x72, 0xfc, 0x6e, 0x3b, 0x56, 0x65, 0x72, 0x65, 0x69, 0x6e, 0x0a,
    ]) // "Grün;Verein"
    const plan = planCsvImport(new Uint8Array([...utf8, ...latin]))
    expect(plan.ok).toBe(true)
    expect(plan.problems.map((p) => p.code)).toEqual(['encodingFallback', 'mixedEncoding'])
    expect(plan.nodes.map((n) => n.label)).toEqual(['MÃ¼ller-Stiftung', 'Grün'])
  })

  test('an unclosed quotation mark names its row', () => {
    const plan = planCsvImport('Name;Art\n"Caritas;Verein\nAWO;Verein\n')
    expect(plan.ok).toBe(false)
    expect(plan.problems[0]).toMatchObject({ code: 'unclosedQuote', row: 2 })
  })

  test('GraphML with a DOCTYPE (entity expansion, XXE) is refused', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml><graph><node id="a"><data key="l">&x;</data></node></graph></graphml>'
    const plan = planGraphmlImport(xxe)
    expect(plan.ok).toBe(false)
    expect(plan.problems.map((p) => p.code)).toEqual(['doctypeNotAllowed'])
  })

  test('malformed XML names the line of the error', () => {
    const plan = planGraphmlImport('<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>')
    expect(plan.ok).toBe(false)
    expect(plan.problems[0]).toMatchObject({ code: 'unreadable' })
    expect(plan.problems[0]?.row).toBeGreaterThan(1)
  })

  test('JSON of another program and invalid records are reported, valid ones kept', () => {
    expect(parseJson('{"nodes": []}').problems.map((p) => p.code)).toEqual(['unreadable'])
    expect(parseJson('{ nope').ok).toBe(false)
    const plan = parseJson(
      JSON.stringify({
        format: 'quartiersnetz',
        version: 1,
        nodes: [
          { id: 'a', kind: 'provider', label: 'A', position: { x: 0, y: 0 } },
          { id: 'b', kind: 'spaceship', label: 'B', position: { x: 0, y: 0 } },
        ],
        edges: [],
      }),
    )
    expect(plan.ok).toBe(true)
    expect(plan.nodes.map((n) => n.label)).toEqual(['A'])
    expect(plan.problems[0]).toMatchObject({ code: 'invalidRecord', row: 2, sheet: 'nodes' })
  })

  test('a hostile label imported from CSV is stored as text and neutralised again on export', () => {
    const doc = new Y.Doc()
    addNode(doc, { kind: 'provider', label: 'Vorhanden', position: { x: 0, y: 0 } })
    const plan = planCsvImport('Name\n"=cmd|\' /C calc\'!A0"\n')
    applyImportPlan(doc, plan, { duplicates: 'merge' })
    expect(readMap(doc).nodes.map((n) => n.label)).toContain("=cmd|' /C calc'!A0")
    expect(exportNodesCsv(readMap(doc))).toContain(`;'=cmd|' /C calc'!A0;`)
  })
})
