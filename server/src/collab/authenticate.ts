import type { onAuthenticatePayload, onTokenSyncPayload } from '@hocuspocus/server'
import { isMapId, type MapId } from '../../../shared/src/index.ts'
import { type Role, resolveRole } from '../auth/resolve-role.ts'
import type { MapStore } from '../storage/map-store.ts'

/** What a collab connection carries after authentication. */
export interface CollabContext {
  role: Role
}

/**
 * The one error for every refusal: unknown map, malformed name, wrong or missing token alike,
 * so a client cannot tell which maps exist. Its empty message keeps Hocuspocus from logging
 * each refusal; the client sees `permission-denied`.
 */
export class AccessDenied extends Error {
  readonly reason = 'permission-denied'
  constructor() {
    super('')
  }
}

async function roleFor(store: MapStore, documentName: string, token: unknown): Promise<Role> {
  // Checked before any I/O: a name that cannot be a map id never reaches the database.
  if (!isMapId(documentName)) throw new AccessDenied()
  const role = await resolveRole(store, documentName, token)
  if (role === 'none') throw new AccessDenied()
  return role
}

/** Whether a map is locked (participants read-only); unlocked when not told. */
export type LockLookup = (mapId: MapId) => Promise<boolean>
const neverLocked: LockLookup = async () => false

/**
 * `onAuthenticate`: resolves the token's role. View is read-only, facilitate never, edit while
 * the map is locked (the lock is checked again once the connection is established).
 */
export async function authenticate(
  store: MapStore,
  payload: onAuthenticatePayload<CollabContext>,
  isLocked: LockLookup = neverLocked,
): Promise<CollabContext> {
  const role = await roleFor(store, payload.documentName, payload.token)
  payload.connectionConfig.readOnly =
    role === 'view' || (role === 'edit' && (await isLocked(payload.documentName as MapId)))
  return { role }
}

/** `onTokenSync`: a token sent again mid-session is checked again and may narrow the role. */
export async function reauthenticate(
  store: MapStore,
  payload: onTokenSyncPayload<CollabContext>,
  isLocked: LockLookup = neverLocked,
): Promise<CollabContext> {
  const role = await roleFor(store, payload.documentName, payload.token)
  payload.connection.readOnly =
    role === 'view' || (role === 'edit' && (await isLocked(payload.documentName as MapId)))
  // Hocuspocus merges the returned context into a copy; the live connection keeps its own.
  payload.connection.context.role = role
  return { role }
}
