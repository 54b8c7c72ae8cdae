import type { ChangeRecord } from '../../../../shared/src/meeting/meeting-types.ts'

export type ChangeKind = 'added' | 'changed' | 'removed' | 'touched'

export interface ChangedRecord {
  readonly id: string
  readonly kind: 'node' | 'edge'
  readonly change: ChangeKind
  /** Who changed it in this session (names; null = through the API). */
  readonly by: readonly (string | null)[]
  readonly lastAt: number
}

/** Ids the server's diff of the session (start snapshot vs now) puts in each class, if sent. */
export interface SessionDiffIds {
  readonly added: readonly string[]
  readonly changed: readonly string[]
  readonly removed: readonly string[]
}

/**
 * "Was hat sich geändert": every record the session's attribution journal names, with who
 * touched it. With the server's diff, each gets added / changed / removed (and records only
 * moved are left out, as in the minutes); without it, what is gone now is "removed" and the
 * rest "touched".
 */
export function changedRecords(
  changes: readonly ChangeRecord[],
  exists: (id: string) => boolean,
  diff?: SessionDiffIds,
): ChangedRecord[] {
  const byId = new Map<string, { kind: 'node' | 'edge'; by: Set<string | null>; lastAt: number }>()
  const note = (id: string, kind: 'node' | 'edge', change: ChangeRecord) => {
    const entry = byId.get(id) ?? { kind, by: new Set<string | null>(), lastAt: 0 }
    entry.by.add(change.name)
    entry.lastAt = Math.max(entry.lastAt, change.at)
    byId.set(id, entry)
  }
  for (const change of changes) {
    for (const id of change.nodeIds) note(id, 'node', change)
    for (const id of change.edgeIds) note(id, 'edge', change)
  }
  const classOf = (id: string): ChangeKind | null => {
    if (diff) {
      if (diff.added.includes(id)) return 'added'
      if (diff.removed.includes(id)) return 'removed'
      if (diff.changed.includes(id)) return 'changed'
      return null
    }
    return exists(id) ? 'touched' : 'removed'
  }
  const result: ChangedRecord[] = []
  for (const [id, entry] of byId) {
    const change = classOf(id)
    if (change)
      result.push({ id, kind: entry.kind, change, by: [...entry.by], lastAt: entry.lastAt })
  }
  return result.sort((a, b) => b.lastAt - a.lastAt || a.id.localeCompare(b.id))
}
