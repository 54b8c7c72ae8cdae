/**
 * Reads spreadsheet-like tables (CSV files, XLSX sheets) into a parsed import through the
 * column tables: finds the header row, maps headers to fields (or takes the user's mapping),
 * decides whether a sheet lists actors or links, and reads every row with row-level problems.
 */
import { LABEL_MAX_LENGTH } from '../schema/node-record.ts'
import {
  EDGE_COLUMNS,
  type EdgeColumn,
  type EdgeDraft,
  NODE_COLUMNS,
  type NodeColumn,
  type NodeDraft,
  type ReadContext,
  recogniseEdgeHeader,
  recogniseNodeHeader,
} from './columns.ts'
import type {
  ColumnMapping,
  ImportFormat,
  MappedColumn,
  ParsedImport,
  PlannedEdge,
  PlannedNode,
  TableMapping,
  TableRole,
} from './import-plan.ts'
import { IMPORT_LIMITS } from './import-plan.ts'
import { type ImportProblem, problem } from './problems.ts'
import { guessKindFromLabel } from './recognise.ts'

export interface Table {
  readonly sheet: string
  /** Rows as a spreadsheet shows them; `rows[0]` is row 1. */
  readonly rows: readonly (readonly string[])[]
  /** True when the reader stopped early because the table is longer than the limits. */
  readonly truncated?: boolean
}

const HEADER_SEARCH_ROWS = 5

/** Plans the import of one or more tables (an actors sheet, a links sheet or both). */
export function parseTables(
  format: ImportFormat,
  tables: readonly Table[],
  mapping?: ColumnMapping,
): ParsedImport {
  const out = {
    nodes: [] as PlannedNode[],
    edges: [] as PlannedEdge[],
    problems: [] as ImportProblem[],
  }
  const mappings: TableMapping[] = []
  for (const table of tables) {
    if (table.rows.every((row) => row.every((cell) => cell.trim() === ''))) continue
    const tableMapping = mapping?.find((m) => m.sheet === table.sheet) ?? recogniseMapping(table)
    mappings.push(tableMapping)
    const limit = tableMapping.role === 'actors' ? IMPORT_LIMITS.maxActors : IMPORT_LIMITS.maxLinks
    if (table.truncated || table.rows.length - tableMapping.headerRow > limit) {
      out.problems.push(problem('tooManyRows', { sheet: table.sheet, limit }))
      continue
    }
    if (!checkRequired(table, tableMapping, out.problems)) continue
    reportIgnored(table, tableMapping, out.problems)
    if (tableMapping.role === 'actors') readActors(table, tableMapping, out)
    else readLinks(table, tableMapping, out)
  }
  if (mappings.length === 0) out.problems.push(problem('emptyFile'))
  return { format, ...out, mapping: mappings }
}

/** Recognises the header row, the role and the field of every column of a table. */
export function recogniseMapping(table: Table): TableMapping {
  let best = { row: 0, actors: 0, links: 0 }
  const limit = Math.min(HEADER_SEARCH_ROWS, table.rows.length)
  for (let r = 0; r < limit; r++) {
    const row = table.rows[r] ?? []
    const actors = row.filter((h) => recogniseNodeHeader(h) !== undefined).length
    const links = row.filter((h) => isEndpointField(recogniseEdgeHeader(h))).length
    if (actors + links > best.actors + best.links) best = { row: r, actors, links }
  }
  const role: TableRole = best.links >= 2 ? 'links' : 'actors'
  const header = table.rows[best.row] ?? []
  const seen = new Set<string>()
  const columns: MappedColumn[] = header.map((cell, index) => {
    const recognised = role === 'links' ? recogniseEdgeHeader(cell) : recogniseNodeHeader(cell)
    const field = recognised && !seen.has(recognised) ? recognised : null
    if (field) seen.add(field)
    return { index, header: cell, field }
  })
  return { sheet: table.sheet, role, headerRow: best.row + 1, columns }
}

const isEndpointField = (field: string | undefined) =>
  field === 'from' || field === 'to' || field === 'fromId' || field === 'toId'

function checkRequired(table: Table, m: TableMapping, problems: ImportProblem[]): boolean {
  const fields = new Set(m.columns.map((c) => c.field))
  const found = m.columns.map((c) => `„${c.header}“`).join(', ')
  const missing = (column: string) =>
    problems.push(
      problem('missingColumn', { sheet: table.sheet, row: m.headerRow, column, detail: found }),
    )
  if (m.role === 'actors') {
    if (!fields.has('label')) missing('Name')
    return fields.has('label')
  }
  const hasFrom = fields.has('from') || fields.has('fromId')
  const hasTo = fields.has('to') || fields.has('toId')
  if (!hasFrom) missing('Von')
  if (!hasTo) missing('Nach')
  return hasFrom && hasTo
}

function reportIgnored(table: Table, m: TableMapping, problems: ImportProblem[]): void {
  const taken = new Set<string>()
  for (const column of m.columns) {
    if (column.field && !taken.has(column.field)) taken.add(column.field)
    else if (column.header.trim()) {
      const code = column.field ? 'duplicateColumn' : 'ignoredColumn'
      problems.push(problem(code, { sheet: table.sheet, column: column.header }))
    }
  }
}

/** Reads the cells of one row into a draft through the mapped columns. */
function readRow<D>(
  cells: readonly string[],
  m: TableMapping,
  columns: readonly { field: string; read: (raw: string, d: D, c: ReadContext) => void }[],
  draft: D,
  at: { row: number; sheet: string },
  problems: ImportProblem[],
): void {
  const used = new Set<string>()
  for (const mapped of m.columns) {
    const column = columns.find((c) => c.field === mapped.field)
    const raw = cells[mapped.index] ?? ''
    if (!column || used.has(column.field) || raw.trim() === '') continue
    used.add(column.field)
    const where = { ...at, column: mapped.header }
    column.read(raw, draft, {
      unknown: (value, fallback) =>
        problems.push(
          problem('unknownValue', { ...where, value, ...(fallback ? { fallback } : {}) }),
        ),
      notANumber: (value) => problems.push(problem('badNumber', { ...where, value })),
      notAWebsite: (value) => problems.push(problem('notAWebsite', { ...where, value })),
    })
  }
}

function* dataRows(table: Table, m: TableMapping) {
  for (let r = m.headerRow; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? []
    if (cells.every((cell) => cell.trim() === '')) continue
    yield { cells, at: { row: r + 1, sheet: table.sheet } }
  }
}

function readActors(
  table: Table,
  m: TableMapping,
  out: { nodes: PlannedNode[]; problems: ImportProblem[] },
): void {
  for (const { cells, at } of dataRows(table, m)) {
    const draft: NodeDraft = {}
    readRow<NodeDraft>(cells, m, NODE_COLUMNS as readonly NodeColumn[], draft, at, out.problems)
    const node = plannedNode(draft, at, out.problems)
    if (node) out.nodes.push(node)
  }
}

/** Turns a draft into a planned node with defaults, or reports why the row is skipped. */
export function plannedNode(
  draft: NodeDraft,
  at: { row?: number; sheet?: string },
  problems: ImportProblem[],
): PlannedNode | null {
  const label = draft.label?.trim() ?? ''
  if (label === '') {
    problems.push(problem('missingLabel', at))
    return null
  }
  if (label.length > LABEL_MAX_LENGTH) {
    problems.push(problem('labelTooLong', { ...at, limit: LABEL_MAX_LENGTH }))
  }
  return {
    ...at,
    ...(draft.id ? { id: draft.id } : {}),
    label: label.slice(0, LABEL_MAX_LENGTH),
    kind: draft.kind ?? guessKindFromLabel(label) ?? 'provider',
    ...(draft.sector ? { sector: draft.sector } : {}),
    ...(draft.themes && draft.themes.length > 0 ? { themes: draft.themes } : {}),
    ...(draft.description ? { description: draft.description } : {}),
    ...(draft.planningArea ? { planningArea: draft.planningArea } : {}),
    ...(draft.website ? { website: draft.website } : {}),
    ...(draft.contact ? { contact: draft.contact } : {}),
    ...(draft.x !== undefined && draft.y !== undefined
      ? { position: { x: draft.x, y: draft.y } }
      : {}),
  }
}

function readLinks(
  table: Table,
  m: TableMapping,
  out: { edges: PlannedEdge[]; problems: ImportProblem[] },
): void {
  for (const { cells, at } of dataRows(table, m)) {
    const draft: EdgeDraft = {}
    readRow<EdgeDraft>(cells, m, EDGE_COLUMNS as readonly EdgeColumn[], draft, at, out.problems)
    const edge = plannedEdge(draft, at, out.problems)
    if (edge) out.edges.push(edge)
  }
}

/** Turns a link draft into a planned link, or reports a missing end. */
export function plannedEdge(
  draft: EdgeDraft,
  at: { row?: number; sheet?: string },
  problems: ImportProblem[],
): PlannedEdge | null {
  const from = {
    ...(draft.fromId ? { id: draft.fromId } : {}),
    ...(draft.from ? { label: draft.from } : {}),
  }
  const to = { ...(draft.toId ? { id: draft.toId } : {}), ...(draft.to ? { label: draft.to } : {}) }
  if (!from.id && !from.label) problems.push(problem('missingEndpoint', { ...at, column: 'Von' }))
  if (!to.id && !to.label) problems.push(problem('missingEndpoint', { ...at, column: 'Nach' }))
  if ((!from.id && !from.label) || (!to.id && !to.label)) return null
  return {
    ...at,
    ...(draft.id ? { id: draft.id } : {}),
    from,
    to,
    kind: draft.kind ?? 'cooperation',
    status: draft.status ?? 'existing',
    ...(draft.strength ? { strength: draft.strength } : {}),
    ...(draft.direction ? { direction: draft.direction } : {}),
    ...(draft.note ? { note: draft.note } : {}),
  }
}
