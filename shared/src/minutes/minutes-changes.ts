import type { MapModel } from '../doc/read-map.ts'
import type { ChangeRecord } from '../meeting/meeting-types.ts'
import type { MapEdge } from '../schema/edge-record.ts'
import type { MapNode } from '../schema/node-record.ts'
import {
  EDGE_DIRECTION_LABELS,
  EDGE_KIND_LABELS,
  EDGE_STATUS_LABELS,
  EDGE_STRENGTH_LABELS,
  type EdgeDirection,
  type EdgeKind,
  type EdgeStatus,
  type EdgeStrength,
  type Language,
  NODE_KIND_LABELS,
  type NodeKind,
  SECTOR_LABELS,
  type Sector,
  THEME_LABELS,
  type Theme,
} from '../schema/vocabulary.ts'
import type { FieldChange, MapDiff } from './diff-maps.ts'
import { FIELD_LABELS, MINUTES_TEXTS } from './minutes-texts.ts'

export type ChangeKind = 'added' | 'changed' | 'removed'

/** One line of "Was hat sich geändert": what, how, and who touched it last in the session. */
export interface ChangeLine {
  readonly id: string
  readonly change: ChangeKind
  /** The change in words ("neu", "geändert", "entfernt"). */
  readonly changeLabel: string
  /** The actor's name, or a link as "A → B". */
  readonly what: string
  /** The kind in words (and for actors the sector). */
  readonly kindLabel: string
  /** For changed records: "Säule: Jugendhilfe → Gesundheit", one entry per field. */
  readonly details: readonly string[]
  /** Name of the last participant who touched the record in the session; null when unknown. */
  readonly by: string | null
}

/** The last known author per record id, from the attribution journal of the session. */
export function lastAuthors(changes: readonly ChangeRecord[]): Map<string, string | null> {
  const authors = new Map<string, string | null>()
  for (const record of [...changes].sort((a, b) => a.at - b.at)) {
    for (const id of [...record.nodeIds, ...record.edgeIds]) authors.set(id, record.name)
  }
  return authors
}

const ARROWS: Readonly<Record<EdgeDirection, string>> = {
  none: '—',
  forward: '→',
  backward: '←',
  both: '↔',
}

/** A link in words: "Caritas → Kita", with the arrow of its direction. */
export function linkName(edge: MapEdge, labelOf: (id: string) => string): string {
  return `${labelOf(edge.source)} ${ARROWS[edge.direction]} ${labelOf(edge.target)}`
}

function valueText(
  field: string,
  value: unknown,
  language: Language,
  labelOf: (id: string) => string,
): string {
  if (value === undefined || value === null || value === '') return '—'
  switch (field) {
    case 'kind':
      return (
        NODE_KIND_LABELS[value as NodeKind]?.[language] ??
        EDGE_KIND_LABELS[value as EdgeKind]?.[language] ??
        String(value)
      )
    case 'sector':
      return SECTOR_LABELS[value as Sector]?.[language] ?? String(value)
    case 'themes':
      return Array.isArray(value)
        ? value.map((t) => THEME_LABELS[t as Theme]?.[language] ?? String(t)).join(', ') || '—'
        : '—'
    case 'status':
      return EDGE_STATUS_LABELS[value as EdgeStatus]?.[language] ?? String(value)
    case 'strength':
      return EDGE_STRENGTH_LABELS[value as EdgeStrength]?.[language] ?? String(value)
    case 'direction':
      return EDGE_DIRECTION_LABELS[value as EdgeDirection]?.[language] ?? String(value)
    case 'source':
    case 'target':
      return labelOf(String(value))
    default:
      return typeof value === 'string' ? value : JSON.stringify(value)
  }
}

// Free texts and personal data are named, not quoted: the minutes say that the contact changed,
// not what it is now.
const NAMED_ONLY = new Set(['description', 'website', 'contact', 'note', 'position'])

function fieldDetails(
  fields: readonly FieldChange[],
  language: Language,
  labelOf: (id: string) => string,
) {
  return fields.map(({ field, before, after }) => {
    const name = FIELD_LABELS[field]?.[language] ?? field
    if (NAMED_ONLY.has(field)) return name
    const from = valueText(field, before, language, labelOf)
    const to = valueText(field, after, language, labelOf)
    return `${name}: ${from} → ${to}`
  })
}

/** The actor and link lines of a session's diff, each with its last author. */
export function changeLines(
  diff: MapDiff,
  before: MapModel,
  after: MapModel,
  changes: readonly ChangeRecord[],
  language: Language,
): { readonly actors: ChangeLine[]; readonly links: ChangeLine[] } {
  const t = MINUTES_TEXTS[language]
  const labels = new Map<string, string>()
  for (const node of [...before.nodes, ...after.nodes]) labels.set(node.id, node.label)
  const labelOf = (id: string) => labels.get(id) ?? t.deleted
  const authors = lastAuthors(changes)
  const by = (id: string) => authors.get(id) ?? null
  const actorKind = (node: MapNode) =>
    node.sector
      ? `${NODE_KIND_LABELS[node.kind][language]}, ${SECTOR_LABELS[node.sector][language]}`
      : NODE_KIND_LABELS[node.kind][language]
  const actor = (node: MapNode, change: ChangeKind, details: string[] = []): ChangeLine => ({
    id: node.id,
    change,
    changeLabel: t[change],
    what: node.label,
    kindLabel: actorKind(node),
    details,
    by: by(node.id),
  })
  const link = (edge: MapEdge, change: ChangeKind, details: string[] = []): ChangeLine => ({
    id: edge.id,
    change,
    changeLabel: t[change],
    what: linkName(edge, labelOf),
    kindLabel: `${EDGE_KIND_LABELS[edge.kind][language]}, ${EDGE_STATUS_LABELS[edge.status][language]}`,
    details,
    by: by(edge.id),
  })
  return {
    actors: [
      ...diff.nodes.added.map((n) => actor(n, 'added')),
      ...diff.nodes.changed.map((c) =>
        actor(c.after, 'changed', fieldDetails(c.fields, language, labelOf)),
      ),
      ...diff.nodes.removed.map((n) => actor(n, 'removed')),
    ],
    links: [
      ...diff.edges.added.map((e) => link(e, 'added')),
      ...diff.edges.changed.map((c) =>
        link(c.after, 'changed', fieldDetails(c.fields, language, labelOf)),
      ),
      ...diff.edges.removed.map((e) => link(e, 'removed')),
    ],
  }
}
