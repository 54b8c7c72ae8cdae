/**
 * GraphML import: our own export, yEd files (labels and positions from y:ShapeNode and friends)
 * and GraphML from Gephi or NetworkX (data keys matched by name through the column tables).
 * DOCTYPEs are refused outright, so no entity can expand or reach outside (XXE).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import {
  EDGE_COLUMNS,
  type EdgeDraft,
  NODE_COLUMNS,
  type NodeDraft,
  type ReadContext,
  recogniseEdgeHeader,
  recogniseNodeHeader,
} from './columns.ts'
import { decodeText } from './decode.ts'
import type { ImportPlan, MapInfo, PlannedEdge, PlannedNode, PlanOptions } from './import-plan.ts'
import { IMPORT_LIMITS } from './import-plan.ts'
import { type ImportProblem, problem } from './problems.ts'
import { recogniseEdgeKind } from './recognise.ts'
import { finishPlan } from './resolve.ts'
import { plannedEdge, plannedNode } from './table-import.ts'

type Xml = Record<string, unknown>

interface KeyDef {
  readonly name: string
  readonly graphics: boolean
}

const LISTS = new Set(['key', 'graph', 'node', 'edge', 'data'])
const NODE_SHEET = 'Knoten'
const EDGE_SHEET = 'Kanten'

/** Plans the import of a GraphML document. */
export function planGraphmlImport(
  data: Uint8Array | string,
  options: PlanOptions = {},
): ImportPlan {
  const empty = { format: 'graphml' as const, nodes: [], edges: [], mapping: [] }
  const fail = (p: ImportProblem) => finishPlan({ ...empty, problems: [p] })
  const size = typeof data === 'string' ? data.length : data.byteLength
  if (size > IMPORT_LIMITS.maxXmlBytes)
    return fail(problem('tooLarge', { limit: IMPORT_LIMITS.maxXmlBytes }))
  const text = typeof data === 'string' ? data : decodeText(data).text
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return fail(problem('doctypeNotAllowed'))
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    return fail(
      problem('unreadable', {
        row: valid.err.line,
        detail: `XML, Zeile/line ${valid.err.line}: ${valid.err.msg}`,
      }),
    )
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  })
  const root = (parser.parse(text) as Xml).graphml as Xml | undefined
  if (!root || typeof root !== 'object')
    return fail(problem('unreadable', { detail: 'kein <graphml> / no <graphml>' }))
  const keys = new Map<string, KeyDef>()
  for (const key of asList(root.key)) {
    const id = attr(key, 'id')
    if (id)
      keys.set(id, {
        name: attr(key, 'attr.name') ?? id,
        graphics: attr(key, 'yfiles.type') !== undefined,
      })
  }
  const out = {
    nodes: [] as PlannedNode[],
    edges: [] as PlannedEdge[],
    problems: [] as ImportProblem[],
    meta: {} as MapInfo,
  }
  for (const graph of asList(root.graph)) readGraph(graph, keys, out, true)
  if (out.nodes.length > IMPORT_LIMITS.maxActors)
    return fail(problem('tooManyRows', { limit: IMPORT_LIMITS.maxActors }))
  if (out.edges.length > IMPORT_LIMITS.maxLinks)
    return fail(problem('tooManyRows', { limit: IMPORT_LIMITS.maxLinks }))
  return finishPlan({ ...empty, ...out }, options.existing)
}

function readGraph(
  graph: Xml,
  keys: Map<string, KeyDef>,
  out: { nodes: PlannedNode[]; edges: PlannedEdge[]; problems: ImportProblem[]; meta: MapInfo },
  top: boolean,
): void {
  if (top) {
    for (const d of asList(graph.data)) {
      const name = keys.get(attr(d, 'key') ?? '')?.name
      if (name === 'title' || name === 'area') out.meta = { ...out.meta, [name]: textOf(d).trim() }
    }
  }
  for (const node of asList(graph.node)) {
    if (out.nodes.length > IMPORT_LIMITS.maxActors) return
    const at = { row: out.nodes.length + 1, sheet: NODE_SHEET }
    const draft: NodeDraft = { id: attr(node, 'id') ?? '' }
    for (const d of asList(node.data)) {
      const key = keys.get(attr(d, 'key') ?? '')
      if (key?.graphics || (!key && hasYedGraphics(d))) readYedNode(d, draft)
      else if (key)
        readData(NODE_COLUMNS, recogniseNodeHeader(key.name), key.name, d, draft, at, out.problems)
    }
    draft.label ??= draft.id
    const planned = plannedNode(draft, at, out.problems)
    if (planned) out.nodes.push(planned)
    for (const nested of asList(node.graph)) readGraph(nested, keys, out, false)
  }
  for (const edge of asList(graph.edge)) {
    if (out.edges.length > IMPORT_LIMITS.maxLinks) return
    const at = { row: out.edges.length + 1, sheet: EDGE_SHEET }
    const draft: EdgeDraft = {
      fromId: attr(edge, 'source') ?? '',
      toId: attr(edge, 'target') ?? '',
    }
    const id = attr(edge, 'id')
    if (id) draft.id = id
    for (const d of asList(edge.data)) {
      const key = keys.get(attr(d, 'key') ?? '')
      if (key?.graphics || (!key && hasYedGraphics(d))) {
        const label = findText(d, 'EdgeLabel')
        const kind = label ? recogniseEdgeKind(label) : undefined
        if (kind && !draft.kind) draft.kind = kind
      } else if (key)
        readData(EDGE_COLUMNS, recogniseEdgeHeader(key.name), key.name, d, draft, at, out.problems)
    }
    const planned = plannedEdge(draft, at, out.problems)
    if (planned) out.edges.push(planned)
  }
}

function readData<D>(
  columns: readonly {
    field: string
    graphAttribute: boolean
    read: (raw: string, d: D, c: ReadContext) => void
  }[],
  field: string | undefined,
  name: string,
  d: Xml,
  draft: D,
  at: { row: number; sheet: string },
  problems: ImportProblem[],
): void {
  const column = columns.find((c) => c.field === field && c.graphAttribute)
  const raw = textOf(d)
  if (!column || raw.trim() === '') return
  const where = { ...at, column: name }
  column.read(raw, draft, {
    unknown: (value, fallback) =>
      problems.push(
        problem('unknownValue', { ...where, value, ...(fallback ? { fallback } : {}) }),
      ),
    notANumber: (value) => problems.push(problem('badNumber', { ...where, value })),
    notAWebsite: (value) => problems.push(problem('notAWebsite', { ...where, value })),
  })
}

/**
 * yEd keeps label and geometry in y:ShapeNode, y:GenericNode, y:ImageNode …; they win over
 * data keys because that is what a yEd user edits (our own keys would be stale).
 */
function readYedNode(d: Xml, draft: NodeDraft): void {
  // Group nodes nest their realizer: ProxyAutoBoundsNode > Realizers > GroupNode.
  const shape = findElementWith(d, 'Geometry', 4)
  if (!shape) return
  const label = findText(shape, 'NodeLabel')
  if (label?.trim()) draft.label = label.trim()
  const geometry = shape.Geometry as Xml
  const x = Number(attr(geometry, 'x'))
  const y = Number(attr(geometry, 'y'))
  if (Number.isFinite(x) && Number.isFinite(y)) {
    draft.x = x
    draft.y = y
  }
}

/** The first element below `value` (depth-first, bounded) that has a child named `name`. */
function findElementWith(value: unknown, name: string, depth: number): Xml | undefined {
  if (typeof value !== 'object' || value === null || depth < 0) return undefined
  if (!Array.isArray(value) && name in value) return value as Xml
  for (const [k, v] of Object.entries(value)) {
    const found = k.startsWith('@_') ? undefined : findElementWith(v, name, depth - 1)
    if (found) return found
  }
  return undefined
}

function hasYedGraphics(d: Xml): boolean {
  return Object.keys(d).some((k) => k.endsWith('Node') || k.endsWith('Edge'))
}

/** The text of the first element named `name` anywhere below `value`. */
function findText(value: unknown, name: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  for (const [k, v] of Object.entries(value as Xml)) {
    if (k === name) {
      const first = Array.isArray(v) ? v[0] : v
      return typeof first === 'string' ? first : textOf(first as Xml)
    }
    const found = k.startsWith('@_') ? undefined : findText(v, name)
    if (found !== undefined) return found
  }
  return undefined
}

function textOf(d: unknown): string {
  if (typeof d === 'string') return d
  if (typeof d !== 'object' || d === null) return ''
  const text = (d as Xml)['#text']
  return typeof text === 'string' ? text : text === undefined ? '' : String(text)
}

function attr(element: unknown, name: string): string | undefined {
  if (typeof element !== 'object' || element === null) return undefined
  const value = (element as Xml)[`@_${name}`]
  return typeof value === 'string' ? value : undefined
}

function asList(value: unknown): Xml[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((v): v is Xml => typeof v === 'object' && v !== null)
}
