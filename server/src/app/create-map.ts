import * as Y from 'yjs'
import { initMapDoc, type MapId, type NewMapInput, newMapId } from '../../../shared/src/index.ts'
import { generateToken, hashToken } from '../auth/tokens.ts'
import type { MapStore } from '../storage/map-store.ts'

export interface CreatedMap {
  readonly id: MapId
  readonly editToken: string
  readonly viewToken: string
  /** The moderation link's token (role `facilitate`). */
  readonly facilitatorToken: string
}

/**
 * Creates a map server-side: its document is initialised here and stored as the first
 * snapshot, never seeded by a client (two clients could race). The three tokens are returned once
 * and only their hashes are stored.
 */
export async function createMap(
  store: MapStore,
  input: NewMapInput,
  /** Fills the new document before its metadata is written (the sample map). */
  fill?: (doc: Y.Doc) => void,
): Promise<CreatedMap> {
  const id = newMapId()
  const editToken = generateToken()
  const viewToken = generateToken()
  const facilitatorToken = generateToken()
  const doc = new Y.Doc()
  fill?.(doc)
  // After the fill, so the title and area the user chose win over the sample's.
  initMapDoc(doc, input)
  const snapshot = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  await store.createMap(
    {
      id,
      title: input.title,
      area: input.area ? input.area : null,
      editTokenHash: hashToken(editToken),
      viewTokenHash: hashToken(viewToken),
      facilitatorTokenHash: hashToken(facilitatorToken),
      locked: false,
      createdAt: Date.now(),
    },
    snapshot,
  )
  return { id, editToken, viewToken, facilitatorToken }
}
