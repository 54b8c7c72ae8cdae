import type * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import { addEdge, addNode } from '../doc/mutations.ts'
import type { NodeId } from '../schema/ids.ts'
import type { EdgeKind, EdgeStatus, NodeKind, Sector, Theme } from '../schema/vocabulary.ts'

/*
 * "Musterviertel": a realistic, invented Sozialraum to try Quartiersnetz with. Its shape is the
 * one the method is about: a youth pillar and a health pillar that each work closely inside,
 * a few Träger and the Stadtteilkonferenz that bridge them, a residents' initiative at the edge
 * and a resource nobody uses yet.
 */

type Actor = readonly [
  key: string,
  kind: NodeKind,
  label: string,
  sector?: Sector,
  themes?: Theme[],
]
type Link = readonly [from: string, to: string, kind: EdgeKind, status?: EdgeStatus]

const ACTORS: readonly Actor[] = [
  ['caritas', 'provider', 'Caritasverband', 'social', ['income', 'participation']],
  ['awo', 'provider', 'AWO Kreisverband', 'social', ['participation']],
  ['diakonie', 'provider', 'Diakonie', 'health', ['health']],
  ['juz', 'service', 'Jugendzentrum Treffpunkt', 'youth', ['education', 'participation']],
  ['kita', 'service', 'Kita Regenbogen', 'youth', ['education']],
  ['famz', 'service', 'Familienzentrum am Park', 'youth', ['education', 'health']],
  ['schuldner', 'service', 'Schuldnerberatung', 'social', ['income']],
  ['senioren', 'service', 'Seniorentreff Lindenhof', 'social', ['participation', 'health']],
  ['sucht', 'service', 'Suchtberatung', 'health', ['health']],
  ['kiosk', 'service', 'Gesundheitskiosk', 'health', ['health']],
  ['schule', 'service', 'Grundschule Am Bach', 'education', ['education']],
  ['sprachcafe', 'service', 'Sprachcafé', 'integration', ['education', 'participation']],
  ['tafel', 'service', 'Tafel-Ausgabestelle', 'social', ['income']],
  ['jugendamt', 'agency', 'Jugendamt', 'youth', ['education']],
  ['sozialamt', 'agency', 'Amt für Soziales und Senioren', 'social', ['income']],
  ['gesundheitsamt', 'agency', 'Gesundheitsamt', 'health', ['health']],
  ['jobcenter', 'agency', 'Jobcenter', 'employment', ['employment', 'income']],
  ['stadtplanung', 'agency', 'Stadtplanungsamt', 'housing', ['housing', 'environment']],
  ['mieter', 'residentGroup', 'Mieterinitiative Nordblock', 'housing', ['housing']],
  ['elterncafe', 'residentGroup', 'Elterncafé', 'youth', ['education', 'participation']],
  ['nachbarn', 'residentGroup', 'Nachbarschaftshilfe', 'civic', ['participation']],
  ['saal', 'resource', 'Saal im Bürgerhaus', 'civic', ['participation']],
  ['fonds', 'resource', 'Verfügungsfonds', 'civic', ['participation']],
  ['konferenz', 'body', 'Stadtteilkonferenz', 'civic', ['participation']],
  ['bv', 'body', 'Bezirksvertretung', 'civic', ['participation']],
  ['agjugend', 'body', 'AG Jugend nach § 78 SGB VIII', 'youth', ['education']],
]

const LINKS: readonly Link[] = [
  ['caritas', 'schuldner', 'operates'],
  ['caritas', 'senioren', 'operates'],
  ['awo', 'juz', 'operates'],
  ['awo', 'kita', 'operates'],
  ['diakonie', 'sucht', 'operates'],
  ['diakonie', 'kiosk', 'operates'],
  ['jugendamt', 'juz', 'funding'],
  ['jugendamt', 'kita', 'funding'],
  ['jugendamt', 'famz', 'funding'],
  ['juz', 'kita', 'cooperation'],
  ['kita', 'famz', 'cooperation'],
  ['famz', 'elterncafe', 'cooperation'],
  ['juz', 'agjugend', 'member'],
  ['jugendamt', 'agjugend', 'member'],
  ['kita', 'schule', 'exchange'],
  ['gesundheitsamt', 'kiosk', 'funding'],
  ['kiosk', 'sucht', 'referral'],
  ['sucht', 'gesundheitsamt', 'exchange'],
  ['sozialamt', 'schuldner', 'funding'],
  ['jobcenter', 'schuldner', 'referral'],
  ['schuldner', 'tafel', 'referral'],
  ['sozialamt', 'senioren', 'funding'],
  ['senioren', 'nachbarn', 'cooperation'],
  ['caritas', 'konferenz', 'member'],
  ['awo', 'konferenz', 'member'],
  ['diakonie', 'konferenz', 'member'],
  ['mieter', 'stadtplanung', 'tension'],
  ['konferenz', 'bv', 'exchange'],
  ['fonds', 'konferenz', 'funding'],
  ['sprachcafe', 'jobcenter', 'referral', 'planned'],
  ['famz', 'kiosk', 'cooperation', 'planned'],
]

// Columns by sector, so the pillars are visible at first sight.
const COLUMN: Readonly<Record<Sector, number>> = {
  youth: 0,
  education: 1,
  social: 2,
  employment: 3,
  health: 4,
  integration: 5,
  housing: 6,
  civic: 7,
  culture: 8,
  environment: 8,
  sport: 8,
}

/** Fills an empty document with the sample map "Musterviertel"; returns the node ids by key. */
export function writeMusterviertel(doc: Y.Doc, origin?: unknown): Map<string, NodeId> {
  const ids = new Map<string, NodeId>()
  doc.transact(() => {
    initMapDoc(doc, { title: 'Musterviertel', area: 'Musterviertel-Nord' }, origin)
    const rows = new Map<number, number>()
    for (const [key, kind, label, sector, themes] of ACTORS) {
      const column = sector ? COLUMN[sector] : 8
      const row = rows.get(column) ?? 0
      rows.set(column, row + 1)
      const position = { x: column * 260, y: row * 140 + (column % 2) * 60 }
      const node = {
        kind,
        label,
        position,
        ...(sector ? { sector } : {}),
        ...(themes ? { themes } : {}),
      }
      ids.set(key, addNode(doc, node, origin))
    }
    for (const [from, to, kind, status] of LINKS) {
      const source = ids.get(from)
      const target = ids.get(to)
      if (!source || !target) throw new Error(`Musterviertel: unknown actor in link ${from}→${to}`)
      addEdge(doc, { source, target, kind, status: status ?? 'existing' }, origin)
    }
  }, origin)
  return ids
}
