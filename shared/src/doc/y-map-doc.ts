import * as Y from 'yjs'

/**
 * The three root maps of a Quartiersnetz document (DESIGN.md §4). Each node and edge is a
 * nested Y.Map, so concurrent edits of different fields merge and a concurrent delete wins over
 * a move (a whole-object value would resurrect a deleted node).
 */
export type YRecord = Y.Map<unknown>

/** `doc.getMap('meta')`: schemaVersion, title, area. */
export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta')
/** `doc.getMap('nodes')`: node id → Y.Map of the node's fields. */
export const nodesMap = (doc: Y.Doc): Y.Map<YRecord> => doc.getMap('nodes')
/** `doc.getMap('edges')`: edge id → Y.Map of the edge's fields. */
export const edgesMap = (doc: Y.Doc): Y.Map<YRecord> => doc.getMap('edges')

/** Builds a nested record map from plain fields, skipping undefined values. */
export function toYRecord(fields: Readonly<Record<string, unknown>>): YRecord {
  const record = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) record.set(key, value)
  }
  return record
}

/** Whether a value in a root map is a nested record (hostile peers may store anything). */
export function isYRecord(value: unknown): value is YRecord {
  return value instanceof Y.Map
}
