import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { addNode } from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { applyImportPlan } from './apply-import.ts'
import { planCsvImport } from './csv-import.ts'
import { planGraphmlImport } from './graphml-import.ts'
import { importIntoEmpty } from './test-support.ts'
import { planXlsxImport } from './xlsx.ts'

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`./fixtures/${name}`, import.meta.url)))

describe('files as real programs write them', () => {
  test('a German Excel CSV in Windows-1252 with umlauts is read with kinds, sectors and themes', async () => {
    const plan = planCsvImport({ name: 'Akteure.csv', data: await fixture('excel-de-actors.csv') })
    expect(plan.ok).toBe(true)
    expect(plan.problems.map((p) => p.code)).toContain('encodingFallback')
    const byLabel = new Map(plan.nodes.map((n) => [n.label, n]))
    expect(byLabel.get('Jugendamt Mülheim')).toMatchObject({
      kind: 'agency',
      sector: 'youth',
      themes: ['education'],
    })
    expect(byLabel.get('Caritas Köln e.V.')).toMatchObject({
      kind: 'provider',
      sector: 'social',
      themes: ['income'],
    })
    expect(byLabel.get('Kita "Sonnenblume"')).toMatchObject({
      kind: 'service',
      sector: 'youth',
      themes: ['education', 'health'],
    })
    expect(byLabel.get('Bürgerinitiative Grünzug')).toMatchObject({
      kind: 'residentGroup',
      sector: 'environment',
    })
    expect(byLabel.get('Straßenfest-AG')).toMatchObject({
      kind: 'body',
      sector: 'civic',
      themes: ['participation'],
    })
    // No kind given: guessed from the name.
    expect(byLabel.get('Gesundheitsamt')).toMatchObject({ kind: 'agency', sector: 'health' })
    const missing = plan.problems.find((p) => p.code === 'missingLabel')
    expect(missing).toMatchObject({ row: 6, severity: 'error' })
    expect(missing?.message.de).toBe('Zeile 6: Der Name fehlt – die Zeile wird übersprungen.')
    const unknown = plan.problems.find((p) => p.code === 'unknownValue')
    expect(unknown?.message.de).toBe(
      'Zeile 9, Spalte „Art“: „Raumschiff“ ist unbekannt – übernommen als „Träger“.',
    )
    // "Ansprechperson" is the contact field (personal data, shown as such in the UI).
    expect(byLabel.get('Jugendamt Mülheim')?.contact).toBe('Frau Müller')
    expect(plan.problems.find((p) => p.code === 'ignoredColumn')).toBeUndefined()
    expect(plan.stats).toMatchObject({ actorsInFile: 7, actorsToAdd: 7, rowsSkipped: 1 })
  })

  test("Kumu's Elements and Connections sheets become actors and typed links", async () => {
    const plan = planCsvImport([
      { name: 'elements.csv', data: await fixture('kumu-elements.csv') },
      { name: 'connections.csv', data: await fixture('kumu-connections.csv') },
    ])
    expect(plan.ok).toBe(true)
    expect(plan.mapping.map((m) => m.role)).toEqual(['actors', 'links'])
    const map = importIntoEmpty(plan)
    const kindOf = (label: string) => map.nodes.find((n) => n.label === label)?.kind
    expect(kindOf('Nachbarschaftshaus Nord')).toBe('provider')
    expect(kindOf('Jobcenter Nord')).toBe('agency')
    expect(kindOf('Sprachcafé')).toBe('service')
    expect(kindOf('Mieterinitiative')).toBe('residentGroup')
    expect(map.nodes.find((n) => n.label === 'Nachbarschaftshaus Nord')?.themes).toEqual([
      'participation',
      'education',
    ])
    // An end that is not in the elements sheet is created and reported.
    expect(kindOf('Wohnungsbaugesellschaft')).toBe('provider')
    expect(plan.problems.find((p) => p.code === 'endpointCreated')).toMatchObject({
      row: 5,
      sheet: 'connections.csv',
    })
    expect(map.edges.map((e) => e.kind).sort()).toEqual([
      'cooperation',
      'funding',
      'operates',
      'tension',
    ])
    // Kumu's Description, Direction (directed / mutual / undirected) and connection Label.
    expect(map.nodes.find((n) => n.label === 'Sprachcafé')?.description).toBe(
      'Deutsch lernen, Leute treffen',
    )
    const byKind = new Map(map.edges.map((e) => [e.kind, e]))
    expect(byKind.get('funding')).toMatchObject({ direction: 'forward', note: 'Projektmittel' })
    expect(byKind.get('cooperation')?.direction).toBe('both')
    expect(byKind.get('tension')?.direction).toBe('none')
  })

  test('a yEd GraphML file keeps labels, positions and link kinds from its y:ShapeNode graphics', async () => {
    const plan = planGraphmlImport(await fixture('yed-network.graphml'))
    expect(plan.ok).toBe(true)
    const map = importIntoEmpty(plan)
    const node = (label: string) => map.nodes.find((n) => n.label === label)
    expect(node('Jugendamt Köln')).toMatchObject({ kind: 'agency', position: { x: 120.5, y: 80 } })
    expect(node('AWO & Partner')).toMatchObject({ position: { x: 400, y: 80 } })
    expect(node('Kita Regenbogen')).toMatchObject({ kind: 'service', position: { x: 260, y: 240 } })
    const funding = map.edges.find((e) => e.kind === 'funding')
    expect(funding?.source).toBe(node('Jugendamt Köln')?.id)
    // A group node (ProxyAutoBoundsNode) and the node inside its nested graph.
    expect(node('Arbeitskreis Jugend')).toMatchObject({
      kind: 'body',
      position: { x: 600, y: 200 },
    })
    expect(node('Jugendtreff Nord')).toMatchObject({
      kind: 'service',
      position: { x: 640, y: 250 },
    })
    expect(map.edges.find((e) => e.kind === 'exchange')?.source).toBe(node('Jugendtreff Nord')?.id)
    // The link without a label becomes a cooperation.
    expect(map.edges.map((e) => e.kind).sort()).toEqual(['cooperation', 'exchange', 'funding'])
    // yEd's own ids ("n0") are not kept as map keys.
    expect(map.nodes.every((n) => n.id.length === 21)).toBe(true)
  })

  test('a German Excel CSV with a "sep=;" line keeps its row numbers', () => {
    const plan = planCsvImport('sep=;\r\nName;Art\r\nCaritas;Verein\r\n;Verein\r\n')
    expect(plan.nodes).toMatchObject([{ label: 'Caritas', row: 3 }])
    expect(plan.problems).toMatchObject([{ code: 'missingLabel', row: 4 }])
  })

  test('Excel\'s "Unicode text" (UTF-16LE, tab-separated) is read', () => {
    const text = 'Name\tTyp\r\nGemeinwesenarbeit Süd\tProjekt\r\n'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    const plan = planCsvImport(bytes)
    expect(plan.nodes).toMatchObject([{ label: 'Gemeinwesenarbeit Süd', kind: 'service' }])
  })

  test('an xlsx with German headers under a title row, rich text, a formula and a hyperlink', async () => {
    const plan = await planXlsxImport(await fixture('german-headers.xlsx'))
    expect(plan.ok).toBe(true)
    expect(plan.mapping.map((m) => [m.sheet, m.role, m.headerRow])).toEqual([
      ['Akteursliste', 'actors', 2],
      ['Beziehungen', 'links', 1],
    ])
    const labels = plan.nodes.map((n) => n.label)
    expect(labels).toEqual([
      'Jugendamt',
      'Diakonie Mülheim',
      'Familienzentrum',
      'Sportverein Blau-Weiß',
    ])
    expect(plan.nodes[1]).toMatchObject({
      row: 4,
      kind: 'provider',
      sector: 'social',
      themes: ['income', 'participation'],
    })
    expect(plan.nodes[3]).toMatchObject({ kind: 'provider', sector: 'sport' })
    expect(plan.stats).toMatchObject({ actorsToAdd: 4, linksToAdd: 3, actorsCreatedForLinks: 0 })
    const map = importIntoEmpty(plan)
    expect(map.edges.map((e) => `${e.kind}/${e.status}`).sort()).toEqual([
      'cooperation/planned',
      'funding/existing',
      'operates/existing',
    ])
  })

  test('importing the same list into a map that has some of the actors finds them as duplicates', async () => {
    const doc = new Y.Doc()
    const existing = addNode(doc, {
      kind: 'agency',
      label: '  jugendamt   MÜLHEIM ',
      position: { x: 0, y: 0 },
    })
    const plan = planCsvImport(await fixture('excel-de-actors.csv'), { existing: readMap(doc) })
    expect(plan.duplicates).toEqual([
      { label: 'Jugendamt Mülheim', row: 2, sheet: 'CSV', existingId: existing },
    ])
    expect(plan.stats).toMatchObject({ duplicatesOfMap: 1, actorsToAdd: 6 })
    const report = applyImportPlan(doc, plan, { duplicates: 'merge' })
    expect(report).toMatchObject({ applied: true, actorsAdded: 6, actorsMerged: 1 })
    // The merge fills the sector and themes the existing actor lacked; its name stays.
    expect(readMap(doc).nodes.find((n) => n.id === existing)).toMatchObject({
      label: '  jugendamt   MÜLHEIM ',
      sector: 'youth',
      themes: ['education'],
    })
  })
})
