import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { decodeFrame, type Frame } from './raw-socket.ts'
import { waitFor, withDeadline } from './wait-for.ts'

export interface CreatedMap {
  readonly id: string
  readonly editToken: string
  readonly viewToken: string
  readonly editUrl: string
  readonly viewUrl: string
  readonly facilitatorToken: string
  readonly facilitatorUrl: string
}

/** Creates a map through the public HTTP API, as the client's "new map" button does. */
export async function createMap(
  baseUrl: string,
  body: { title: string; area?: string } = { title: 'Stadtteilkonferenz Testviertel' },
): Promise<CreatedMap> {
  const response = await fetch(new URL('/api/maps', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.status !== 201) {
    throw new Error(`POST /api/maps answered ${response.status}: ${await response.text()}`)
  }
  return (await response.json()) as CreatedMap
}

/** Calls on one map's API with the moderation link, e.g. `api('POST', '/lock', { locked: true })`. */
export function facilitatorApi(baseUrl: string, map: CreatedMap) {
  return (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(new URL(`/api/maps/${map.id}${path}`, baseUrl), {
      method,
      headers: {
        authorization: `Bearer ${map.facilitatorToken}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
}

/** `GET /api/maps/:id` with a bearer token; returns the raw response. */
export function getMapInfo(baseUrl: string, mapId: string, token: string): Promise<Response> {
  return fetch(new URL(`/api/maps/${encodeURIComponent(mapId)}`, baseUrl), {
    headers: { authorization: `Bearer ${token}` },
  })
}

export interface Client {
  readonly provider: HocuspocusProvider
  readonly doc: Y.Doc
  destroy(): void
}

// Every provider a test opens, so `destroyAllClients()` can stop all reconnect loops at once.
const openClients = new Set<Client>()

function openProvider(collabUrl: string, mapId: string, token: string): Client {
  const doc = new Y.Doc()
  // An explicit socket, because only it takes the `ws` polyfill and the reconnect timing.
  const socket = new HocuspocusProviderWebsocket({
    url: collabUrl,
    WebSocketPolyfill: WebSocket,
    // Short backoff, so a client that stays open finds a restarted server quickly.
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: mapId,
    token,
    document: doc,
  })
  provider.attach()
  const client: Client = {
    provider,
    doc,
    destroy: () => {
      openClients.delete(client)
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
  openClients.add(client)
  return client
}

/**
 * Connects a provider with a fresh Y.Doc and resolves once it has synced and the handshake is
 * confirmed. Rejects when the server denies the token, and then destroys the provider: it
 * would otherwise retry for ever (stack-facts §1.3).
 */
export async function connect(
  collabUrl: string,
  mapId: string,
  token: string,
  timeoutMs = 5_000,
): Promise<Client> {
  const client = openProvider(collabUrl, mapId, token)
  const outcome = new Promise<Client>((resolve, reject) => {
    client.provider.on('synced', () => resolve(client))
    client.provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      reject(new AuthenticationFailed(reason)),
    )
  })
  try {
    await withDeadline(`provider for map ${mapId} to sync`, outcome, timeoutMs)
    // The provider answers the server's SyncStep1 after `synced`; wait for that ack too, so a
    // test starts from a quiet connection whose next SyncStatus belongs to its own change.
    await waitUntilConfirmed(client, timeoutMs)
    return client
  } catch (error) {
    client.destroy()
    throw error
  }
}

/** The error `connect` rejects with when the server denies the token. */
export class AuthenticationFailed extends Error {
  readonly reason: string
  constructor(reason: string) {
    super(`authentication failed: ${reason}`)
    this.reason = reason
  }
}

/** Connects with a token that must be refused; resolves with the server's reason. */
export async function connectExpectingDenial(
  collabUrl: string,
  mapId: string,
  token: string,
): Promise<{ reason: string; receivedContent: boolean }> {
  const client = openProvider(collabUrl, mapId, token)
  let receivedContent = false
  client.doc.on('update', () => {
    receivedContent = true
  })
  const outcome = new Promise<string>((resolve, reject) => {
    client.provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason))
    client.provider.on('synced', () => reject(new Error(`map ${mapId} synced with a bad token`)))
  })
  try {
    const reason = await withDeadline(`denial for map ${mapId}`, outcome)
    return { reason, receivedContent }
  } finally {
    client.destroy()
  }
}

/** Destroys every provider still open (call in afterEach); nothing can resend afterwards. */
export function destroyAllClients(): void {
  for (const client of [...openClients]) client.destroy()
}

/**
 * Waits until the server has acknowledged every local change of this provider. An
 * acknowledgement is the server's SyncStatus, sent only after the update is journaled.
 */
export function waitUntilConfirmed(client: Client, timeoutMs = 5_000): Promise<true> {
  return waitFor(
    'the server to confirm every local change',
    () => !client.provider.hasUnsyncedChanges,
    { timeoutMs },
  )
}

/**
 * A round trip through the server without changing the map: after it, this client has received
 * every frame the server sent it before (one socket, frames in order).
 */
export async function roundTrip(client: Client): Promise<void> {
  // forceSync resets the provider's unsynced counter, which would hide pending changes.
  if (client.provider.hasUnsyncedChanges) throw new Error('roundTrip needs a confirmed client')
  client.provider.forceSync()
  await waitUntilConfirmed(client)
}

/** Records every frame this provider receives from now on, decoded (for acks and denials). */
export function recordFrames(client: Client): Frame[] {
  const frames: Frame[] = []
  client.provider.on('message', ({ event }: { event: MessageEvent }) => {
    frames.push(decodeFrame(new Uint8Array(event.data as ArrayBuffer)))
  })
  return frames
}
