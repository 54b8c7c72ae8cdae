import type * as Y from 'yjs'
import { edgesMap, isYRecord, metaMap } from '../doc/y-map-doc.ts'
import { edgeKindSchema } from './edge-record.ts'
import { DEFAULT_EDGE_STRENGTH, defaultDirection } from './vocabulary.ts'

/**
 * Ordered document migrations, run by the server when it loads a map (like tldraw's
 * `migrate.ts`). Each migration lifts a document from `to - 1` to `to`; a released migration
 * never changes, a new schema version appends one, with a fixture of the old version in
 * `fixtures/` and a test.
 */
export interface Migration {
  readonly to: number
  readonly description: string
  readonly up: (doc: Y.Doc) => void
}

export const migrations: readonly Migration[] = [
  {
    to: 1,
    description:
      'Stamp schemaVersion on documents written before versioning and give them a title.',
    up(doc) {
      const meta = metaMap(doc)
      if (typeof meta.get('title') !== 'string') meta.set('title', '')
    },
  },
  {
    to: 2,
    description:
      'Links get a strength (2, regular) and a direction following their kind; nodes may now ' +
      'carry description, planningArea, website and contact (optional, nothing to convert).',
    up(doc) {
      for (const record of edgesMap(doc).values()) {
        if (!isYRecord(record)) continue
        if (!record.has('strength')) record.set('strength', DEFAULT_EDGE_STRENGTH)
        const kind = edgeKindSchema.safeParse(record.get('kind'))
        if (!record.has('direction') && kind.success) {
          record.set('direction', defaultDirection(kind.data))
        }
      }
    },
  },
]

/** The schema version this code reads and writes. */
export const CURRENT_SCHEMA_VERSION: number = migrations.at(-1)?.to ?? 0

/** Thrown when a document was written by a newer Quartiersnetz than this one. */
export class DocumentTooNewError extends Error {
  readonly version: number
  constructor(version: number) {
    super(`Document schema version ${version} is newer than ${CURRENT_SCHEMA_VERSION}`)
    this.version = version
  }
}

/** The schema version stamped on a document (0 when none is). */
export function documentSchemaVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion')
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0
}

/**
 * Brings a document to CURRENT_SCHEMA_VERSION (or to `target`, for testing one migration) in
 * one transaction and returns the versions of the migrations it ran (empty when it was current).
 */
export function migrateDoc(
  doc: Y.Doc,
  origin?: unknown,
  target: number = CURRENT_SCHEMA_VERSION,
): number[] {
  const from = documentSchemaVersion(doc)
  if (from > CURRENT_SCHEMA_VERSION) throw new DocumentTooNewError(from)
  const pending = migrations.filter((m) => m.to > from && m.to <= target)
  if (pending.length === 0) return []
  doc.transact(() => {
    for (const migration of pending) {
      migration.up(doc)
      metaMap(doc).set('schemaVersion', migration.to)
    }
  }, origin)
  return pending.map((m) => m.to)
}
