import type { MapModel } from '../doc/read-map.ts'
import type { MapEdge } from '../schema/edge-record.ts'
import type { MapNode } from '../schema/node-record.ts'

/** One field of a record that differs between two states of a map. */
export interface FieldChange {
  readonly field: string
  readonly before: unknown
  readonly after: unknown
}

/** A record present in both states whose fields differ. */
export interface RecordChange<T> {
  readonly before: T
  readonly after: T
  readonly fields: readonly FieldChange[]
}

/** What changed between two states of a map — the "Was hat sich geändert" of a session. */
export interface MapDiff {
  readonly nodes: {
    readonly added: readonly MapNode[]
    readonly removed: readonly MapNode[]
    readonly changed: readonly RecordChange<MapNode>[]
  }
  readonly edges: {
    readonly added: readonly MapEdge[]
    readonly removed: readonly MapEdge[]
    readonly changed: readonly RecordChange<MapEdge>[]
  }
}

export interface DiffOptions {
  /**
   * Whether a move counts as a change. Off by default: the minutes are about who works with
   * whom, and tidying the layout is not a change of the network.
   */
  readonly includePositions?: boolean
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

function fieldChanges<T extends object>(before: T, after: T, ignore: ReadonlySet<string>) {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)])
  const changes: FieldChange[] = []
  for (const field of [...fields].sort()) {
    if (ignore.has(field)) continue
    const b = (before as Record<string, unknown>)[field]
    const a = (after as Record<string, unknown>)[field]
    if (!same(b, a)) changes.push({ field, before: b, after: a })
  }
  return changes
}

function diffRecords<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  ignore: ReadonlySet<string>,
) {
  const beforeById = new Map(before.map((r) => [r.id, r]))
  const afterById = new Map(after.map((r) => [r.id, r]))
  const added = after.filter((r) => !beforeById.has(r.id))
  const removed = before.filter((r) => !afterById.has(r.id))
  const changed: RecordChange<T>[] = []
  for (const record of after) {
    const previous = beforeById.get(record.id)
    if (!previous) continue
    const fields = fieldChanges(previous, record, ignore)
    if (fields.length > 0) changed.push({ before: previous, after: record, fields })
  }
  return { added, removed, changed }
}

/** The actors and links added, changed and removed between two states of a map. */
export function diffMaps(before: MapModel, after: MapModel, options: DiffOptions = {}): MapDiff {
  const ignoreNode = new Set(options.includePositions ? ['id'] : ['id', 'position'])
  return {
    nodes: diffRecords(before.nodes, after.nodes, ignoreNode),
    edges: diffRecords(before.edges, after.edges, new Set(['id'])),
  }
}

/** Whether a diff contains no change at all. */
export function isEmptyDiff(diff: MapDiff): boolean {
  return (
    diff.nodes.added.length + diff.nodes.removed.length + diff.nodes.changed.length === 0 &&
    diff.edges.added.length + diff.edges.removed.length + diff.edges.changed.length === 0
  )
}

/** The ids in each class of a diff, actors and links together (what the session panel needs). */
export interface DiffIds {
  readonly added: readonly string[]
  readonly changed: readonly string[]
  readonly removed: readonly string[]
}

/** A diff reduced to ids: small enough to send with every session-details request. */
export function diffIds(diff: MapDiff): DiffIds {
  const ids = (records: readonly { readonly id: string }[]) => records.map((r) => r.id)
  return {
    added: [...ids(diff.nodes.added), ...ids(diff.edges.added)],
    changed: [
      ...diff.nodes.changed.map((c) => c.after.id),
      ...diff.edges.changed.map((c) => c.after.id),
    ],
    removed: [...ids(diff.nodes.removed), ...ids(diff.edges.removed)],
  }
}
