/**
 * The node and edge columns, defined once: field id, German and English headers and synonyms,
 * how a cell is read into an import draft and how a record is written. CSV, XLSX, GraphML and
 * GEXF are all derived from these tables, so a new schema field is one entry here.
 */
import type { NewEdge, NewNode } from '../doc/mutations.ts'
import type { MapEdge } from '../schema/edge-record.ts'
import type { NodeId } from '../schema/ids.ts'
import type { MapNode } from '../schema/node-record.ts'
import {
  EDGE_KIND_LABELS,
  EDGE_STATUS_LABELS,
  type Labels,
  type Language,
  NODE_KIND_LABELS,
  SECTOR_LABELS,
  THEME_LABELS,
  type Theme,
} from '../schema/vocabulary.ts'
import { EDGE_DETAIL_COLUMNS, NODE_DETAIL_COLUMNS } from './detail-columns.ts'
import {
  normaliseWord,
  recogniseEdgeKind,
  recogniseEdgeStatus,
  recogniseNodeKind,
  recogniseSector,
  recogniseTheme,
  splitList,
} from './recognise.ts'

type Mutable<T> = { -readonly [K in keyof T]?: T[K] }

/** A node as read from one row of a file, before it is resolved against the map. */
export type NodeDraft = Mutable<Omit<NewNode, 'position'>> & { id?: string; x?: number; y?: number }
/** A link as read from one row: endpoints by label (`from`/`to`) and/or by id. */
export type EdgeDraft = Mutable<Omit<NewEdge, 'source' | 'target'>> & {
  id?: string
  from?: string
  to?: string
  fromId?: string
  toId?: string
}

export type CellValue = string | number | readonly string[]

export interface WriteContext {
  readonly language: Language
  /** Spreadsheets get words in the chosen language; GraphML/GEXF get stable vocabulary ids. */
  readonly human: boolean
  readonly labelOf: (id: NodeId) => string
}

export interface ReadContext {
  /** Reports a value that was not understood; `fallback` names what was taken instead. */
  readonly unknown: (value: string, fallback?: Labels) => void
  readonly notANumber: (value: string) => void
  readonly notAWebsite: (value: string) => void
}

export interface Column<Draft, Item> {
  readonly field: string
  readonly header: Labels
  /** Further header names people use; compared after `normaliseWord`. */
  readonly synonyms: readonly string[]
  /** The value type GraphML/GEXF declare (and XLSX writes as a number when `double`). */
  readonly type: 'string' | 'double' | 'int' | 'liststring'
  /** Whether GraphML/GEXF carry it as a data attribute (ids and endpoints are XML attributes). */
  readonly graphAttribute: boolean
  readonly read: (raw: string, draft: Draft, ctx: ReadContext) => void
  readonly write: (item: Item, ctx: WriteContext) => CellValue | undefined
}

export type NodeColumn = Column<NodeDraft, MapNode>
export type EdgeColumn = Column<EdgeDraft, MapEdge>

const words = (labels: Labels, human: boolean, lang: Language, id: string) =>
  human ? labels[lang] : id

/** Reads a number written with a decimal point or a German decimal comma (and thousands marks). */
export function readNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/\s/g, '')
  // Whichever of `.` and `,` comes last is the decimal mark ("1.234,5" and "1,234.5").
  const decimalComma = text.lastIndexOf(',') > text.lastIndexOf('.')
  const normal = decimalComma ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '')
  const value = Number(normal)
  return text !== '' && Number.isFinite(value) ? value : undefined
}

function readThemes(raw: string, ctx: ReadContext): Theme[] {
  const themes: Theme[] = []
  for (const item of splitList(raw)) {
    const whole = recogniseTheme(item)
    const parts = whole ? [whole] : item.split(',').map((part) => recogniseTheme(part))
    parts.forEach((theme, i) => {
      if (theme) themes.push(theme)
      else ctx.unknown(whole ? item : (item.split(',')[i] ?? item).trim())
    })
  }
  return [...new Set(themes)]
}

const coordinate = (axis: 'x' | 'y'): NodeColumn => ({
  field: axis,
  header: { de: axis.toUpperCase(), en: axis.toUpperCase() },
  synonyms: [`pos ${axis}`, `position ${axis}`, `${axis} position`, `${axis} koordinate`],
  type: 'double',
  graphAttribute: true,
  read: (raw, draft, ctx) => {
    const value = readNumber(raw)
    if (value === undefined) ctx.notANumber(raw)
    else draft[axis] = value
  },
  write: (node) => node.position[axis],
})

/** The columns of an actor list, in export order. */
export const NODE_COLUMNS: readonly NodeColumn[] = [
  {
    field: 'id',
    header: { de: 'ID', en: 'ID' },
    synonyms: ['Kennung', 'Node ID', 'Key', 'Schlüssel'],
    type: 'string',
    graphAttribute: false,
    read: (raw, draft) => {
      draft.id = raw.trim()
    },
    write: (node) => node.id,
  },
  {
    field: 'label',
    header: { de: 'Name', en: 'Label' },
    synonyms: [
      'Bezeichnung',
      'Titel',
      'Title',
      'Akteur',
      'Akteurin',
      'Actor',
      'Organisation',
      'Organization',
      'Institution',
      'Einrichtung',
      'Name der Einrichtung',
      'Element',
      'Knoten',
    ],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft) => {
      draft.label = raw.trim()
    },
    write: (node) => node.label,
  },
  {
    field: 'kind',
    header: { de: 'Art', en: 'Type' },
    synonyms: ['Typ', 'Kind', 'Kategorie', 'Category', 'Akteursart', 'Akteurstyp', 'Element Type'],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      const kind = recogniseNodeKind(raw)
      if (kind) draft.kind = kind
      else if (raw.trim()) ctx.unknown(raw, NODE_KIND_LABELS.provider)
    },
    write: (node, c) => words(NODE_KIND_LABELS[node.kind], c.human, c.language, node.kind),
  },
  {
    field: 'sector',
    header: { de: 'Säule', en: 'Sector' },
    synonyms: ['Ressort', 'Sektor', 'Bereich', 'Handlungsfeld', 'Fachbereich', 'Pillar'],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      const sector = recogniseSector(raw)
      if (sector) draft.sector = sector
      else if (raw.trim()) ctx.unknown(raw)
    },
    write: (node, c) =>
      node.sector && words(SECTOR_LABELS[node.sector], c.human, c.language, node.sector),
  },
  {
    field: 'themes',
    header: { de: 'Lebenslagen', en: 'Themes' },
    synonyms: ['Lebenslage', 'Themen', 'Thema', 'Theme', 'Tags', 'Schlagworte', 'Schlagwörter'],
    type: 'liststring',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      draft.themes = readThemes(raw, ctx)
    },
    write: (node, c) =>
      node.themes?.map((t) => words(THEME_LABELS[t], c.human, c.language, t)) ?? undefined,
  },
  ...NODE_DETAIL_COLUMNS,
  coordinate('x'),
  coordinate('y'),
]

/** The columns of a link list (Kumu's "From, To, Type" layout), in export order. */
export const EDGE_COLUMNS: readonly EdgeColumn[] = [
  {
    field: 'id',
    header: { de: 'ID', en: 'ID' },
    synonyms: ['Kennung', 'Edge ID', 'Key'],
    type: 'string',
    graphAttribute: false,
    read: (raw, draft) => {
      draft.id = raw.trim()
    },
    write: (edge) => edge.id,
  },
  {
    field: 'from',
    header: { de: 'Von', en: 'From' },
    synonyms: ['Quelle', 'Source', 'Start', 'Akteur 1', 'Von Akteur'],
    type: 'string',
    graphAttribute: false,
    read: (raw, draft) => {
      draft.from = raw.trim()
    },
    write: (edge, c) => c.labelOf(edge.source),
  },
  {
    field: 'to',
    header: { de: 'Nach', en: 'To' },
    synonyms: ['Ziel', 'Target', 'An', 'Zu', 'Ende', 'End', 'Akteur 2', 'Nach Akteur'],
    type: 'string',
    graphAttribute: false,
    read: (raw, draft) => {
      draft.to = raw.trim()
    },
    write: (edge, c) => c.labelOf(edge.target),
  },
  {
    field: 'fromId',
    header: { de: 'Von-ID', en: 'From ID' },
    synonyms: ['Quelle ID', 'Source ID', 'Von ID'],
    type: 'string',
    graphAttribute: false,
    read: (raw, draft) => {
      draft.fromId = raw.trim()
    },
    write: (edge) => edge.source,
  },
  {
    field: 'toId',
    header: { de: 'Nach-ID', en: 'To ID' },
    synonyms: ['Ziel ID', 'Target ID', 'Nach ID'],
    type: 'string',
    graphAttribute: false,
    read: (raw, draft) => {
      draft.toId = raw.trim()
    },
    write: (edge) => edge.target,
  },
  {
    field: 'kind',
    header: { de: 'Art', en: 'Type' },
    synonyms: [
      'Typ',
      'Kind',
      'Verbindungsart',
      'Beziehung',
      'Beziehungsart',
      'Relation',
      'Relationship',
      'Connection Type',
    ],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      const kind = recogniseEdgeKind(raw)
      if (kind) draft.kind = kind
      else if (raw.trim()) ctx.unknown(raw, EDGE_KIND_LABELS.cooperation)
    },
    write: (edge, c) => words(EDGE_KIND_LABELS[edge.kind], c.human, c.language, edge.kind),
  },
  {
    field: 'status',
    header: { de: 'Status', en: 'Status' },
    synonyms: ['Zustand', 'Stand', 'State'],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      const status = recogniseEdgeStatus(raw)
      if (status) draft.status = status
      else if (raw.trim()) ctx.unknown(raw, EDGE_STATUS_LABELS.existing)
    },
    write: (edge, c) => words(EDGE_STATUS_LABELS[edge.status], c.human, c.language, edge.status),
  },
  ...EDGE_DETAIL_COLUMNS,
]

function headerIndex<C extends { field: string; header: Labels; synonyms: readonly string[] }>(
  columns: readonly C[],
): Map<string, string> {
  const index = new Map<string, string>()
  for (const column of columns) {
    for (const name of [column.field, column.header.de, column.header.en, ...column.synonyms]) {
      const key = normaliseWord(name)
      if (key && !index.has(key)) index.set(key, column.field)
    }
  }
  return index
}

const NODE_HEADERS = headerIndex(NODE_COLUMNS)
const EDGE_HEADERS = headerIndex(EDGE_COLUMNS)

/** The node field a header names ("Bezeichnung" → label), or undefined. */
export const recogniseNodeHeader = (header: string): string | undefined =>
  NODE_HEADERS.get(normaliseWord(header))
/** The edge field a header names ("Quelle" → from), or undefined. */
export const recogniseEdgeHeader = (header: string): string | undefined =>
  EDGE_HEADERS.get(normaliseWord(header))

/** The header a column gets in an export. */
export const headerOf = (column: { header: Labels }, language: Language): string =>
  column.header[language]
