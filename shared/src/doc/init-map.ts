import type * as Y from 'yjs'
import type { NewMapInput } from '../schema/meta-record.ts'
import { CURRENT_SCHEMA_VERSION } from '../schema/migrations.ts'
import { metaMap } from './y-map-doc.ts'

/** Writes the metadata of a brand-new map; the server does this once, never a client. */
export function initMapDoc(doc: Y.Doc, input: NewMapInput, origin?: unknown): void {
  doc.transact(() => {
    const meta = metaMap(doc)
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION)
    meta.set('title', input.title)
    if (input.area) meta.set('area', input.area)
  }, origin)
}
