import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { parseServerMeetingMessage, type ServerMeetingMessage } from '../../../shared/src/index.ts'
import { waitFor, withDeadline } from '../testing/wait-for.ts'

/** A provider that records the meeting messages and close reasons the server sends it. */
export interface MeetingClient {
  readonly provider: HocuspocusProvider
  readonly doc: Y.Doc
  readonly messages: ServerMeetingMessage[]
  readonly closeReasons: string[]
  /** Sends a stateless JSON message. */
  send(message: object): void
  /** Waits for the first message (from index `after` on) that matches. */
  next<T extends ServerMeetingMessage['type']>(
    type: T,
    match?: (m: Extract<ServerMeetingMessage, { type: T }>) => boolean,
    after?: number,
  ): Promise<Extract<ServerMeetingMessage, { type: T }>>
  destroy(): void
}

const open = new Set<MeetingClient>()

/** Connects like the client does and resolves once synced; rejects when denied. */
export async function connectMeetingClient(
  collabUrl: string,
  mapId: string,
  token: string,
  doc = new Y.Doc(),
): Promise<MeetingClient> {
  const socket = new HocuspocusProviderWebsocket({
    url: collabUrl,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  })
  const messages: ServerMeetingMessage[] = []
  const closeReasons: string[] = []
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: mapId,
    token,
    document: doc,
    onStateless: ({ payload }) => {
      const message = parseServerMeetingMessage(payload)
      if (message) messages.push(message)
    },
    onClose: ({ event }) => {
      closeReasons.push(event.reason)
    },
  })
  provider.attach()
  const client: MeetingClient = {
    provider,
    doc,
    messages,
    closeReasons,
    send: (message) => provider.sendStateless(JSON.stringify(message)),
    next: (type, match = () => true, after = 0) =>
      waitFor(`a "${type}" message`, () =>
        messages
          .slice(after)
          .find(
            (m): m is Extract<ServerMeetingMessage, { type: typeof type }> =>
              m.type === type && match(m as never),
          ),
      ),
    destroy: () => {
      open.delete(client)
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
  open.add(client)
  const outcome = new Promise<void>((resolve, reject) => {
    provider.on('synced', () => resolve())
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      reject(new Error(`denied: ${reason}`)),
    )
  })
  try {
    await withDeadline(`meeting client for ${mapId} to sync`, outcome)
    await waitFor('the server to confirm the sync', () => !provider.hasUnsyncedChanges)
    return client
  } catch (error) {
    client.destroy()
    throw error
  }
}

/** Destroys every meeting client still open (afterEach). */
export function destroyMeetingClients(): void {
  for (const client of [...open]) client.destroy()
}
