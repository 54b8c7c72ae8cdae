import { HocuspocusProvider } from '@hocuspocus/provider'
import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react'
import * as Y from 'yjs'
import { createStore, type Store } from '../../ui/store.ts'
import { createMeetingLink, type MeetingLink } from '../meeting/meeting-link.ts'
import { dropQueuedSync } from '../offline/drop-queued-sync.ts'
import { forgetsLocalCopy, type LocalCopy, openLocalCopy } from '../offline/local-copy.ts'
import { trackUnsentChanges, type UnsentChanges } from '../offline/unsent-changes.ts'
import { type BadgeStatus, createBadgeState } from './badge-state.ts'
import { connectionState } from './connection-state.ts'
import { docFromFirstState, firstState } from './first-state.ts'

export interface CollabSession {
  readonly doc: Y.Doc
  readonly provider: HocuspocusProvider
  /** Meeting mode: the server's lock/session/vote state, identify, dots, close reasons. */
  readonly meeting: MeetingLink
  readonly mapId: string
  /** The link's token, for the HTTP API (exports, moderation). */
  readonly token: string
}

/** What the connection badge shows (badge-state.ts settles it). */
export type ConnectionStatus = BadgeStatus

export interface Collab {
  readonly session: CollabSession | null
  /**
   * A store, not state: it changes with every save ("saving" and back, several times a second
   * while a node is dragged), and only the connection badge reads it. As state it re-rendered
   * the map page down to the editor twice per drag step (client/bench/renders.ts).
   */
  readonly status: Store<ConnectionStatus>
  /** True once the first server state has arrived (the map is complete). */
  readonly synced: boolean
  /** The server gave us a read-only connection (a view token). */
  readonly readonlyScope: boolean
  readonly authFailed: boolean
}

const CONNECTING: ConnectionStatus = { state: 'connecting', pending: 0 }

// `?map=` is for a reverse proxy that sends every connection of one map to the same server
// instance (README: Betrieb mit mehreren Instanzen); the server ignores it.
function collabUrl(mapId: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/collab?map=${encodeURIComponent(mapId)}`
}

/**
 * One Y.Doc and one provider per open map, created in an effect (not during render) so React's
 * StrictMode double mount destroys the first pair cleanly instead of leaking a socket.
 *
 * The connection starts once the map's state is here over HTTP (asked for at app start, see
 * map-state.ts), not after the map info: the token is all either needs, and one after the
 * other cost a round trip and the WebSocket handshake before the first map data. The local
 * copy opens only once `keepLocalCopy` says the link was accepted (or the map opens offline
 * from it): opening it creates the browser database, and a refused link or a map never stored
 * here must not leave one behind. `token` null: no connection.
 */
export function useCollab(mapId: string, token: string | null, keepLocalCopy: boolean): Collab {
  const [session, setSession] = useState<CollabSession | null>(null)
  const [connection] = useState(() => createStore<ConnectionStatus>(CONNECTING))
  const [synced, setSynced] = useState(false)
  const [readonlyScope, setReadonlyScope] = useState(false)
  const [authFailed, setAuthFailed] = useState(false)
  // Opens the current session's local copy; returns what closes it again.
  const attachLocalCopy = useRef<(() => () => void) | null>(null)

  useEffect(() => {
    if (!token) return
    let doc: Y.Doc | null = null
    let stopped = false
    let disconnect: (() => void) | null = null
    // The map is drawn from its state as soon as that is here; the connection starts once it
    // is in the doc, so the connection's sync carries only what changed in between (the whole
    // map a second time cost the browser another decode of it).
    const outlets = {
      setSession,
      setSynced,
      setReadonlyScope,
      setAuthFailed,
      connection,
      attachLocalCopy,
    }
    void firstState(mapId, token).then((state) => {
      if (stopped) return
      doc = (state && docFromFirstState(state)) ?? new Y.Doc()
      disconnect = connect(mapId, token, doc, outlets)
    })
    return () => {
      stopped = true
      disconnect?.()
      doc?.destroy()
      setSession(null)
      // A later connection (another link, a retry) starts from scratch.
      connection.set(CONNECTING)
      setSynced(false)
      setReadonlyScope(false)
      setAuthFailed(false)
    }
  }, [mapId, token, connection])

  useEffect(() => {
    if (!session || !keepLocalCopy) return
    return attachLocalCopy.current?.()
  }, [session, keepLocalCopy])

  return { session, status: connection, synced, readonlyScope, authFailed }
}

/** Where a connection reports to the hook's state. */
interface Outlets {
  readonly setSession: (session: CollabSession | null) => void
  readonly setSynced: Dispatch<SetStateAction<boolean>>
  readonly setReadonlyScope: (readonly: boolean) => void
  readonly setAuthFailed: (failed: boolean) => void
  readonly connection: Store<ConnectionStatus>
  /** Set to what opens the session's local copy (and returns what closes it). */
  readonly attachLocalCopy: { current: (() => () => void) | null }
}

/** Connects `doc` to the server as map `mapId`; returns what disconnects it again. */
function connect(mapId: string, token: string, doc: Y.Doc, outlets: Outlets): () => void {
  const { setSession, setSynced, setReadonlyScope, setAuthFailed, connection, attachLocalCopy } =
    outlets
  let everConnected = false
  // After a restart without network the local copy is all we have: say "offline", not
  // "connecting", once the first attempt has failed.
  let hasLocalCopy = false
  let everFailed = false
  // Refused link, deleted map: the copy goes, and a copy not opened yet is never opened.
  let forgetLocalCopy = false
  let local: LocalCopy | null = null
  let unsent: UnsentChanges | null = null
  let status: 'connected' | 'connecting' | 'disconnected' = 'connecting'
  const meeting = createMeetingLink()
  const provider: HocuspocusProvider = new HocuspocusProvider({
    url: collabUrl(mapId),
    name: mapId,
    token,
    document: doc,
    // Without destroy() the provider would re-authenticate with the bad token for ever.
    // A refused link (deleted map, revoked or invalid token) must not keep the map here. The
    // server refuses at authentication, before any sync, so the local copy was never sent.
    onAuthenticationFailed: () => {
      forgetLocalCopy = true
      void local?.clear()
      setAuthFailed(true)
      queueMicrotask(() => provider.destroy())
    },
    onAuthenticated: ({ scope }) => setReadonlyScope(scope === 'readonly'),
    onStateless: ({ payload }) => meeting.receive(payload),
    onClose: ({ event }) => {
      if (forgetsLocalCopy(event.reason)) {
        forgetLocalCopy = true
        void local?.clear()
      }
      meeting.closed(event.code, event.reason)
    },
  })
  meeting.attach(provider)
  const badge = createBadgeState(connection.set, connection.get())
  const update = () => {
    if (status === 'connected' && provider.isSynced) everConnected = true
    setSynced((was) => was || provider.isSynced)
    const next = connectionState({
      status,
      synced: provider.isSynced,
      unsynced: provider.hasUnsyncedChanges,
      everConnected: everConnected || (hasLocalCopy && everFailed),
    })
    const pending = next === 'offline' ? (unsent?.count() ?? provider.unsyncedChanges) : 0
    badge.set({ state: next, pending })
  }
  provider.on('status', (event: { status: typeof status }) => {
    status = event.status
    if (status === 'disconnected') everFailed = true
    if (status === 'connected') dropQueuedSync(provider)
    update()
  })
  provider.on('synced', update)
  provider.on('unsyncedChanges', update)

  let closeLocalCopy: (() => void) | null = null
  attachLocalCopy.current = () => {
    if (forgetLocalCopy || local) return () => {}
    // Loaded while the provider syncs: Yjs merges both, whichever comes first.
    const copy = openLocalCopy(mapId, doc)
    const tracker = trackUnsentChanges(doc, provider, copy, () => update())
    local = copy
    unsent = tracker
    void copy.loaded.then((found) => {
      if (local !== copy) return
      hasLocalCopy = found
      update()
    })
    const close = () => {
      if (local !== copy) return
      tracker.dispose()
      unsent = null
      local = null
      closeLocalCopy = null
      void copy.close()
    }
    closeLocalCopy = close
    return close
  }
  setSession({ doc, provider, meeting, mapId, token })
  return () => {
    attachLocalCopy.current = null
    closeLocalCopy?.()
    badge.dispose()
    provider.destroy()
  }
}
