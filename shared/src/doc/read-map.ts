import type * as Y from 'yjs'
import { EDGE_NOTE_MAX_LENGTH, type MapEdge } from '../schema/edge-record.ts'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import {
  AREA_MAX_LENGTH,
  type MetaRecord,
  metaRecordSchema,
  TITLE_MAX_LENGTH,
} from '../schema/meta-record.ts'
import {
  CONTACT_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  isWebUrl,
  LABEL_MAX_LENGTH,
  type MapNode,
  PLANNING_AREA_MAX_LENGTH,
} from '../schema/node-record.ts'
import { COORDINATE_LIMIT } from '../schema/position.ts'
import {
  DEFAULT_EDGE_STRENGTH,
  defaultDirection,
  EDGE_DIRECTIONS,
  EDGE_KINDS,
  EDGE_STATUSES,
  type EdgeStrength,
  NODE_KINDS,
  SECTORS,
  THEMES,
} from '../schema/vocabulary.ts'
import { edgesMap, isYRecord, metaMap, nodesMap } from './y-map-doc.ts'

/** A validated plain snapshot of a map: what the UI, the analysis and every export read. */
export interface MapModel {
  readonly meta: MetaRecord
  readonly nodes: readonly MapNode[]
  readonly edges: readonly MapEdge[]
}

/** A non-empty string field, cut to its maximum length; absent otherwise. */
function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined
}

/** Spreads only the fields that have a value, so absent fields stay absent (not undefined). */
function present<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const result: Partial<T> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) result[key as keyof T] = value as T[keyof T]
  }
  return result
}

// Membership sets instead of per-field zod parsing: readMap runs on every remote change and
// for every figure, so it must stay cheap on a 2 000-actor map. The zod schemas remain the
// definition; tests check that everything read here passes them.
const oneOf = <T extends string>(values: readonly T[]) => {
  const set = new Set<unknown>(values)
  return (value: unknown): value is T => set.has(value)
}
const isNodeKind = oneOf(NODE_KINDS)
const isSector = oneOf(SECTORS)
const isTheme = oneOf(THEMES)
const isEdgeKind = oneOf(EDGE_KINDS)
const isEdgeStatus = oneOf(EDGE_STATUSES)
const isEdgeDirection = oneOf(EDGE_DIRECTIONS)
const isStrength = (value: unknown): value is EdgeStrength =>
  value === 1 || value === 2 || value === 3

function readPosition(value: unknown): { x: number; y: number } | null {
  if (typeof value !== 'object' || value === null) return null
  const { x, y } = value as { x?: unknown; y?: unknown }
  const ok = (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= COORDINATE_LIMIT
  return ok(x) && ok(y) ? { x, y } : null
}

/** Reads a node from its record; see readNode. */
function readNodeRecord(record: unknown, id: string): MapNode | null {
  if (!isYRecord(record)) return null
  const kind = record.get('kind')
  const position = readPosition(record.get('position'))
  const label = record.get('label')
  if (!isNodeKind(kind) || !position || typeof label !== 'string') return null
  const sector = record.get('sector')
  const rawThemes = record.get('themes')
  const themes = Array.isArray(rawThemes) ? [...new Set(rawThemes.filter(isTheme))] : undefined
  const website = text(record.get('website'), 2000)
  return {
    id: id as NodeId,
    kind,
    label: label.slice(0, LABEL_MAX_LENGTH),
    position,
    ...(isSector(sector) ? { sector } : {}),
    ...(themes !== undefined ? { themes } : {}),
    ...present({
      description: text(record.get('description'), DESCRIPTION_MAX_LENGTH),
      planningArea: text(record.get('planningArea'), PLANNING_AREA_MAX_LENGTH),
      website: website && isWebUrl(website) ? website : undefined,
      contact: text(record.get('contact'), CONTACT_MAX_LENGTH),
    }),
  }
}

/**
 * Reads one node leniently: a record without a valid kind, label or position is skipped
 * (returns null), while an unknown sector or theme is dropped rather than hiding the node.
 */
export function readNode(doc: Y.Doc, id: string): MapNode | null {
  return readNodeRecord(nodesMap(doc).get(id), id)
}

/** Reads an edge from its record, given a test for valid endpoint nodes; see readEdge. */
function readEdgeRecord(
  record: unknown,
  id: string,
  isNode: (id: string) => boolean,
): MapEdge | null {
  if (!isYRecord(record)) return null
  const source = record.get('source')
  const target = record.get('target')
  const kind = record.get('kind')
  const status = record.get('status')
  if (typeof source !== 'string' || typeof target !== 'string' || source === target) return null
  if (!isEdgeKind(kind) || !isEdgeStatus(status)) return null
  if (!isNode(source) || !isNode(target)) return null
  // The v2 fields are read leniently: a bad value falls back to the default, never hides a link.
  const strength = record.get('strength')
  const direction = record.get('direction')
  return {
    id: id as EdgeId,
    source: source as NodeId,
    target: target as NodeId,
    kind,
    status,
    strength: isStrength(strength) ? strength : DEFAULT_EDGE_STRENGTH,
    direction: isEdgeDirection(direction) ? direction : defaultDirection(kind),
    ...present({ note: text(record.get('note'), EDGE_NOTE_MAX_LENGTH) }),
  }
}

/**
 * Reads one edge; null when it is malformed, a self-loop, or an endpoint is not a valid node
 * (a concurrent delete can leave such a dangling edge: it is never shown or exported).
 */
export function readEdge(doc: Y.Doc, id: string): MapEdge | null {
  return readEdgeRecord(edgesMap(doc).get(id), id, (node) => readNode(doc, node) !== null)
}

/**
 * A reader of many edges that validates each endpoint node only once (readEdge validates both
 * endpoints on every call): a sweep over every edge of a 1 000-node map is then linear in
 * nodes + edges instead of reading 3 000 nodes for 1 500 edges. Valid only while the document
 * does not change: make a new one per pass.
 */
export function edgeReader(doc: Y.Doc): (id: string) => MapEdge | null {
  const nodeValidity = new Map<string, boolean>()
  const isNode = (id: string) => {
    let valid = nodeValidity.get(id)
    if (valid === undefined) {
      valid = readNode(doc, id) !== null
      nodeValidity.set(id, valid)
    }
    return valid
  }
  const edges = edgesMap(doc)
  return (id) => readEdgeRecord(edges.get(id), id, isNode)
}

/** Reads the map's metadata, with safe defaults for a document that is not migrated yet. */
export function readMeta(doc: Y.Doc): MetaRecord {
  // Field by field, so one bad value (a hostile peer's) does not blank the others.
  const meta = metaMap(doc)
  const version = metaRecordSchema.shape.schemaVersion.safeParse(meta.get('schemaVersion'))
  const title = meta.get('title')
  const area = meta.get('area')
  return {
    schemaVersion: version.success ? version.data : 0,
    title: typeof title === 'string' ? title.slice(0, TITLE_MAX_LENGTH) : '',
    ...(typeof area === 'string' ? { area: area.slice(0, AREA_MAX_LENGTH) } : {}),
  }
}

/** The whole map as a validated plain model, without invalid records or dangling edges. */
export function readMap(doc: Y.Doc): MapModel {
  const nodes: MapNode[] = []
  const valid = new Set<string>()
  for (const [id, record] of nodesMap(doc)) {
    const node = readNodeRecord(record, id)
    if (node) {
      nodes.push(node)
      valid.add(id)
    }
  }
  const edges: MapEdge[] = []
  const isNode = (id: string) => valid.has(id)
  for (const [id, record] of edgesMap(doc)) {
    const edge = readEdgeRecord(record, id, isNode)
    if (edge) edges.push(edge)
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return { meta: readMeta(doc), nodes: nodes.sort(byId), edges: edges.sort(byId) }
}
