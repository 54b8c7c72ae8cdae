import type * as Y from 'yjs'
import { readMap } from '../doc/read-map.ts'
import { edgesMap, isYRecord, metaMap, nodesMap } from '../doc/y-map-doc.ts'
import { edgeRecordSchema } from '../schema/edge-record.ts'
import { metaRecordSchema } from '../schema/meta-record.ts'
import { nodeRecordSchema } from '../schema/node-record.ts'

/**
 * Every way the model that readMap gives the UI and the exports could be broken after a merge
 * ("arrows are sound" in tldraw's fuzz). Returns the violations; an empty list means sound.
 */
export function mapInvariantViolations(doc: Y.Doc): string[] {
  const violations: string[] = []
  const { meta, nodes, edges } = readMap(doc)
  if (!metaRecordSchema.safeParse(meta).success) violations.push(`invalid meta ${str(meta)}`)
  const nodeIds = new Set<string>()
  let previous = ''
  for (const { id, ...record } of nodes) {
    if (nodeIds.has(id)) violations.push(`duplicate node ${id}`)
    if (id <= previous) violations.push(`nodes not sorted at ${id}`)
    nodeIds.add(id)
    previous = id
    if (!nodeRecordSchema.safeParse(record).success) violations.push(`invalid node ${id}`)
    const { x, y } = record.position
    if (!Number.isFinite(x) || !Number.isFinite(y)) violations.push(`node ${id} at ${x},${y}`)
  }
  previous = ''
  for (const { id, ...record } of edges) {
    if (id <= previous) violations.push(`edges not sorted at ${id}`)
    previous = id
    if (!edgeRecordSchema.safeParse(record).success) violations.push(`invalid edge ${id}`)
    if (!nodeIds.has(record.source) || !nodeIds.has(record.target)) {
      violations.push(`dangling edge ${id} ${record.source}→${record.target}`)
    }
    if (record.source === record.target) violations.push(`self-loop ${id}`)
  }
  return violations
}

/**
 * Records as stored, before readMap's leniency: when every write went through the mutation
 * functions, each stored record must be valid, or readMap would silently hide what a user made.
 * With `allowIncomplete`, a record may lack fields (but every field it has must be valid). The
 * fuzz needs that: when updates arrive out of causal order, Yjs applies the delete of a field's
 * old value before the new value can integrate, so a replica briefly sees the node without that
 * field; if its user deletes the node in that moment and undoes, the node comes back without
 * it. readMap hides such a record.
 */
export function storedRecordViolations(doc: Y.Doc, { allowIncomplete = false } = {}): string[] {
  const violations: string[] = []
  const nodeSchema = allowIncomplete ? nodeRecordSchema.partial() : nodeRecordSchema
  const edgeSchema = allowIncomplete ? edgeRecordSchema.partial() : edgeRecordSchema
  for (const [id, record] of nodesMap(doc)) {
    const json = isYRecord(record) ? record.toJSON() : record
    if (!nodeSchema.safeParse(json).success) violations.push(`stored node ${id}: ${str(json)}`)
  }
  for (const [id, record] of edgesMap(doc)) {
    const json = isYRecord(record) ? record.toJSON() : record
    if (!edgeSchema.safeParse(json).success) violations.push(`stored edge ${id}: ${str(json)}`)
  }
  const meta = metaMap(doc).toJSON()
  if (!metaRecordSchema.safeParse(meta).success) violations.push(`stored meta ${str(meta)}`)
  return violations
}

const str = (value: unknown) => JSON.stringify(value)
