import { HocuspocusProvider } from '@hocuspocus/provider'
import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { createMeetingLink, type MeetingLink } from '../meeting/meeting-link.ts'
import { dropQueuedSync } from '../offline/drop-queued-sync.ts'
import { forgetsLocalCopy, openLocalCopy } from '../offline/local-copy.ts'
import { trackUnsentChanges } from '../offline/unsent-changes.ts'
import { type ConnectionState, connectionState } from './connection-state.ts'

export interface CollabSession {
  readonly doc: Y.Doc
  readonly provider: HocuspocusProvider
  /** Meeting mode: the server's lock/session/vote state, identify, dots, close reasons. */
  readonly meeting: MeetingLink
  readonly mapId: string
  /** The link's token, for the HTTP API (exports, moderation). */
  readonly token: string
}

export interface Collab {
  readonly session: CollabSession | null
  readonly state: ConnectionState
  /** Offline: changes the server has not confirmed yet, as far as the provider counts them. */
  readonly pending: number
  /** True once the first server state has arrived (the map is complete). */
  readonly synced: boolean
  /** The server gave us a read-only connection (a view token). */
  readonly readonlyScope: boolean
  readonly authFailed: boolean
}

// `?map=` is for a reverse proxy that sends every connection of one map to the same server
// instance (README: Betrieb mit mehreren Instanzen); the server ignores it.
function collabUrl(mapId: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/collab?map=${encodeURIComponent(mapId)}`
}

/**
 * One Y.Doc and one provider per open map, created in an effect (not during render) so React's
 * StrictMode double mount destroys the first pair cleanly instead of leaking a socket.
 */
export function useCollab(mapId: string, token: string): Collab {
  const [session, setSession] = useState<CollabSession | null>(null)
  const [state, setState] = useState<ConnectionState>('connecting')
  const [pending, setPending] = useState(0)
  const [synced, setSynced] = useState(false)
  const [readonlyScope, setReadonlyScope] = useState(false)
  const [authFailed, setAuthFailed] = useState(false)

  useEffect(() => {
    const doc = new Y.Doc()
    let everConnected = false
    // After a restart without network the local copy is all we have: say "offline", not
    // "connecting", once the first attempt has failed.
    let hasLocalCopy = false
    let everFailed = false
    // Loaded while the provider connects: Yjs merges both, whichever comes first.
    const local = openLocalCopy(mapId, doc)
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
        void local.clear()
        setAuthFailed(true)
        queueMicrotask(() => provider.destroy())
      },
      onAuthenticated: ({ scope }) => setReadonlyScope(scope === 'readonly'),
      onStateless: ({ payload }) => meeting.receive(payload),
      onClose: ({ event }) => {
        if (forgetsLocalCopy(event.reason)) void local.clear()
        meeting.closed(event.code, event.reason)
      },
    })
    meeting.attach(provider)
    const unsent = trackUnsentChanges(doc, provider, local, () => update())
    const update = () => {
      if (status === 'connected' && provider.isSynced) everConnected = true
      setSynced((was) => was || provider.isSynced)
      const next = connectionState({
        status,
        synced: provider.isSynced,
        unsynced: provider.hasUnsyncedChanges,
        everConnected: everConnected || (hasLocalCopy && everFailed),
      })
      setState(next)
      setPending(next === 'offline' ? unsent.count() : 0)
    }
    void local.loaded.then((found) => {
      hasLocalCopy = found
      update()
    })
    provider.on('status', (event: { status: typeof status }) => {
      status = event.status
      if (status === 'disconnected') everFailed = true
      if (status === 'connected') dropQueuedSync(provider)
      update()
    })
    provider.on('synced', update)
    provider.on('unsyncedChanges', update)
    setSession({ doc, provider, meeting, mapId, token })
    return () => {
      unsent.dispose()
      provider.destroy()
      void local.close()
      doc.destroy()
      setSession(null)
    }
  }, [mapId, token])

  return { session, state, pending, synced, readonlyScope, authFailed }
}
