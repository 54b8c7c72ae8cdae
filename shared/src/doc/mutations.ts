import type * as Y from 'yjs'
import { EDGE_NOTE_MAX_LENGTH } from '../schema/edge-record.ts'
import { type EdgeId, isRecordId, type NodeId, newEdgeId, newNodeId } from '../schema/ids.ts'
import { AREA_MAX_LENGTH, TITLE_MAX_LENGTH } from '../schema/meta-record.ts'
import {
  CONTACT_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  isWebUrl,
  LABEL_MAX_LENGTH,
  type NodeTextField,
  PLANNING_AREA_MAX_LENGTH,
} from '../schema/node-record.ts'
import { clampPosition, type Position } from '../schema/position.ts'
import {
  DEFAULT_EDGE_STRENGTH,
  defaultDirection,
  type EdgeDirection,
  type EdgeKind,
  type EdgeStatus,
  type EdgeStrength,
  type NodeKind,
  type Sector,
  type Theme,
} from '../schema/vocabulary.ts'
import { edgeReader, readEdge, readNode } from './read-map.ts'
import { edgesMap, isYRecord, metaMap, nodesMap, toYRecord } from './y-map-doc.ts'

/*
 * Every user intent is one function here and one Yjs transaction, so a change reaches the
 * others whole and undo treats it as one step. `origin` tags the transaction (the client's
 * UndoManager tracks only its own origin; the server uses its own).
 */

/** The node fields a user edits in the properties panel; an empty string clears a text. */
export interface NodeFields {
  readonly kind: NodeKind
  readonly label: string
  readonly sector: Sector | undefined
  readonly themes: readonly Theme[]
  readonly description: string
  readonly planningArea: string
  readonly website: string
  readonly contact: string
}

export interface NewNode extends Partial<Omit<NodeFields, 'kind' | 'label'>> {
  readonly kind: NodeKind
  readonly label: string
  readonly position: Position
}

/** The link fields a user edits; an empty note clears it. */
export interface EdgeFields {
  readonly kind: EdgeKind
  readonly status: EdgeStatus
  readonly strength: EdgeStrength
  readonly direction: EdgeDirection
  readonly note: string
}

export interface NewEdge extends Partial<EdgeFields> {
  readonly source: NodeId
  readonly target: NodeId
  readonly kind: EdgeKind
}

const cleanLabel = (label: string) => label.slice(0, LABEL_MAX_LENGTH)

const TEXT_LIMITS: Readonly<Record<NodeTextField, number>> = {
  description: DESCRIPTION_MAX_LENGTH,
  planningArea: PLANNING_AREA_MAX_LENGTH,
  website: 2000,
  contact: CONTACT_MAX_LENGTH,
}

/** A text field's stored value: trimmed, bounded, undefined when empty or (website) not http(s). */
function cleanText(field: NodeTextField, value: string | undefined): string | undefined {
  const trimmed = value?.trim().slice(0, TEXT_LIMITS[field])
  if (!trimmed) return undefined
  return field === 'website' && !isWebUrl(trimmed) ? undefined : trimmed
}

function setOrDelete(record: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    if (record.has(key)) record.delete(key)
  } else if (JSON.stringify(record.get(key)) !== JSON.stringify(value)) {
    record.set(key, value)
  }
}

/** Adds a node and returns its new id. */
export function addNode(doc: Y.Doc, node: NewNode, origin?: unknown, id = newNodeId()): NodeId {
  doc.transact(() => {
    nodesMap(doc).set(
      id,
      toYRecord({
        kind: node.kind,
        label: cleanLabel(node.label),
        position: clampPosition(node.position),
        sector: node.sector,
        themes: node.themes ? [...new Set(node.themes)] : undefined,
        description: cleanText('description', node.description),
        planningArea: cleanText('planningArea', node.planningArea),
        website: cleanText('website', node.website),
        contact: cleanText('contact', node.contact),
      }),
    )
  }, origin)
  return id
}

/** Renames a node; does nothing when the node is gone. */
export function renameNode(doc: Y.Doc, id: NodeId, label: string, origin?: unknown): void {
  doc.transact(() => {
    const record = nodesMap(doc).get(id)
    if (isYRecord(record) && record.get('label') !== cleanLabel(label)) {
      record.set('label', cleanLabel(label))
    }
  }, origin)
}

/** Sets or clears a node's sector (Säule). */
export function setNodeSector(
  doc: Y.Doc,
  id: NodeId,
  sector: Sector | undefined,
  origin?: unknown,
): void {
  doc.transact(() => {
    const record = nodesMap(doc).get(id)
    if (!isYRecord(record)) return
    if (sector === undefined) record.delete('sector')
    else record.set('sector', sector)
  }, origin)
}

/** Replaces a node's Lebenslagen themes. */
export function setNodeThemes(
  doc: Y.Doc,
  id: NodeId,
  themes: readonly Theme[],
  origin?: unknown,
): void {
  doc.transact(() => {
    const record = nodesMap(doc).get(id)
    if (isYRecord(record)) record.set('themes', [...new Set(themes)])
  }, origin)
}

/**
 * Changes any of a node's editable fields in one transaction (the properties panel); fields
 * that are not in the patch stay as they are, unchanged values are not rewritten.
 */
export function updateNode(
  doc: Y.Doc,
  id: NodeId,
  patch: Partial<NodeFields>,
  origin?: unknown,
): void {
  doc.transact(() => {
    const record = nodesMap(doc).get(id)
    if (!isYRecord(record)) return
    if (patch.kind !== undefined) setOrDelete(record, 'kind', patch.kind)
    if (patch.label !== undefined) setOrDelete(record, 'label', cleanLabel(patch.label))
    if ('sector' in patch) setOrDelete(record, 'sector', patch.sector)
    if (patch.themes !== undefined) setOrDelete(record, 'themes', [...new Set(patch.themes)])
    for (const field of ['description', 'planningArea', 'website', 'contact'] as const) {
      if (patch[field] !== undefined) setOrDelete(record, field, cleanText(field, patch[field]))
    }
  }, origin)
}

/** Changes any of a link's editable fields in one transaction. */
export function updateEdge(
  doc: Y.Doc,
  id: EdgeId,
  patch: Partial<EdgeFields>,
  origin?: unknown,
): void {
  doc.transact(() => {
    const record = edgesMap(doc).get(id)
    if (!isYRecord(record)) return
    if (patch.kind !== undefined) setOrDelete(record, 'kind', patch.kind)
    if (patch.status !== undefined) setOrDelete(record, 'status', patch.status)
    if (patch.strength !== undefined) setOrDelete(record, 'strength', patch.strength)
    if (patch.direction !== undefined) setOrDelete(record, 'direction', patch.direction)
    if (patch.note !== undefined) {
      setOrDelete(record, 'note', patch.note.trim().slice(0, EDGE_NOTE_MAX_LENGTH) || undefined)
    }
  }, origin)
}

/** Changes a node's kind (e.g. a resource turns out to be a service). */
export function setNodeKind(doc: Y.Doc, id: NodeId, kind: NodeKind, origin?: unknown): void {
  doc.transact(() => {
    const record = nodesMap(doc).get(id)
    if (isYRecord(record) && record.get('kind') !== kind) record.set('kind', kind)
  }, origin)
}

/** Moves nodes; the position is written as one value so x and y never mix across writers. */
export function moveNodes(
  doc: Y.Doc,
  moves: readonly { readonly id: NodeId; readonly position: Position }[],
  origin?: unknown,
): void {
  doc.transact(() => {
    for (const { id, position } of moves) {
      const record = nodesMap(doc).get(id)
      if (isYRecord(record)) record.set('position', clampPosition(position))
    }
  }, origin)
}

/** Deletes nodes and every link that touches them, in one transaction. */
export function deleteNodes(doc: Y.Doc, ids: readonly NodeId[], origin?: unknown): void {
  const doomed = new Set<string>(ids)
  doc.transact(() => {
    const edges = edgesMap(doc)
    for (const [edgeId, record] of edges) {
      if (!isYRecord(record)) continue
      if (doomed.has(String(record.get('source'))) || doomed.has(String(record.get('target')))) {
        edges.delete(edgeId)
      }
    }
    for (const id of doomed) nodesMap(doc).delete(id)
  }, origin)
}

/**
 * Connects two existing nodes. Returns the new edge's id, the id of an identical link that
 * already exists (for undirected kinds in either orientation), or null when an endpoint is missing or both are the same node.
 */
export function addEdge(
  doc: Y.Doc,
  edge: NewEdge,
  origin?: unknown,
  id = newEdgeId(),
): EdgeId | null {
  if (edge.source === edge.target) return null
  if (readNode(doc, edge.source) === null || readNode(doc, edge.target) === null) return null
  // A cooperation of A with B is the same as one of B with A; money and referrals have a way.
  const eitherWay = (edge.direction ?? defaultDirection(edge.kind)) === 'none'
  for (const [existingId, record] of edgesMap(doc)) {
    // Compare the raw fields first: validating every edge of a big map on each connect is slow.
    if (!isYRecord(record) || record.get('kind') !== edge.kind) continue
    const source = record.get('source')
    const target = record.get('target')
    const same =
      (source === edge.source && target === edge.target) ||
      (eitherWay && source === edge.target && target === edge.source)
    if (same && readEdge(doc, existingId) !== null) return existingId as EdgeId
  }
  doc.transact(() => {
    edgesMap(doc).set(
      id,
      toYRecord({
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        status: edge.status ?? 'existing',
        strength: edge.strength ?? DEFAULT_EDGE_STRENGTH,
        direction: edge.direction ?? defaultDirection(edge.kind),
        note: edge.note?.trim().slice(0, EDGE_NOTE_MAX_LENGTH) || undefined,
      }),
    )
  }, origin)
  return id
}

/** Changes a link's kind. */
export function setEdgeKind(doc: Y.Doc, id: EdgeId, kind: EdgeKind, origin?: unknown): void {
  doc.transact(() => {
    const record = edgesMap(doc).get(id)
    if (isYRecord(record) && record.get('kind') !== kind) record.set('kind', kind)
  }, origin)
}

/** Changes a link's status (besteht / geplant). */
export function setEdgeStatus(doc: Y.Doc, id: EdgeId, status: EdgeStatus, origin?: unknown): void {
  doc.transact(() => {
    const record = edgesMap(doc).get(id)
    if (isYRecord(record) && record.get('status') !== status) record.set('status', status)
  }, origin)
}

/** Deletes links. */
export function deleteEdges(doc: Y.Doc, ids: readonly EdgeId[], origin?: unknown): void {
  doc.transact(() => {
    for (const id of ids) edgesMap(doc).delete(id)
  }, origin)
}

/** Sets the map's title and Sozialraum. */
export function setMapInfo(
  doc: Y.Doc,
  info: { readonly title?: string; readonly area?: string },
  origin?: unknown,
): void {
  doc.transact(() => {
    const meta = metaMap(doc)
    if (info.title !== undefined) meta.set('title', info.title.slice(0, TITLE_MAX_LENGTH))
    if (info.area !== undefined) meta.set('area', info.area.slice(0, AREA_MAX_LENGTH))
  }, origin)
}

/**
 * Edges whose endpoint is missing or which are not valid records. A concurrent delete and
 * connect can leave them behind; no CRDT prevents it, so the server removes them.
 */
export function findDanglingEdges(doc: Y.Doc): EdgeId[] {
  const dangling: EdgeId[] = []
  // Runs on every map the server opens and after deletes: each node is validated once.
  const read = edgeReader(doc)
  for (const id of edgesMap(doc).keys()) {
    if (!isRecordId(id) || read(id) === null) dangling.push(id as EdgeId)
  }
  return dangling
}

/** Removes dangling edges in one transaction; returns how many were removed. */
export function removeDanglingEdges(doc: Y.Doc, origin?: unknown): number {
  const dangling = findDanglingEdges(doc)
  if (dangling.length > 0) deleteEdges(doc, dangling, origin)
  return dangling.length
}
