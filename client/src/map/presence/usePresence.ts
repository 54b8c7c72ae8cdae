import type { HocuspocusProvider } from '@hocuspocus/provider'
import { useEffect, useMemo, useState } from 'react'
import { createStore, type Store } from '../../ui/store.ts'
import { throttle } from '../../ui/throttle.ts'
import {
  type Cursor,
  type Participant,
  parseParticipant,
  pickColor,
  type RemoteSelection,
  remoteSelectionOf,
  sortParticipants,
} from './presence-model.ts'

export interface Presence {
  /** Who is here; changes only when someone comes, goes or renames (not on pointer moves). */
  readonly participants: Store<readonly Participant[]>
  /** Everyone with their pointer; changes on every pointer move (at most once per frame). */
  readonly cursors: Store<readonly Participant[]>
  readonly remoteSelection: Store<RemoteSelection>
  /** Our pointer in flow coordinates (null when it leaves the map); throttled to ~80 ms. */
  readonly setCursor: (cursor: Cursor | null) => void
  readonly setSelection: (nodeIds: readonly string[]) => void
}

// 12 updates a second, glided between by the cursor's 80 ms transition (map.css). At 25 a
// second, each participant's pointer cost every other participant a message per 40 ms (in a
// round of 40, 1 000 messages a second for the server to fan out), and the sender a share of
// every drag step on a large map.
const CURSOR_INTERVAL_MS = 80

/**
 * Presence lives in Yjs awareness, never in the document: it is not stored, and it disappears
 * about 30 s after a tab is gone. `name` null means we do not announce ourselves (viewers, or
 * before the name dialog was answered).
 */
export function usePresence(provider: HocuspocusProvider | null, name: string | null): Presence {
  const [participants] = useState(() => createStore<readonly Participant[]>([]))
  const [cursors] = useState(() => createStore<readonly Participant[]>([]))
  const [remoteSelection] = useState(() => createStore<RemoteSelection>(new Map()))
  const awareness = provider?.awareness ?? null

  useEffect(() => {
    if (!awareness) return
    // Keys of what each store shows, so a pointer move does not re-render the list or the nodes.
    let listKey = ''
    let selectionKey = ''
    let cursorsKey = ''
    let frame = 0
    const refresh = () => {
      frame = 0
      const list: Participant[] = []
      for (const [clientId, state] of awareness.getStates()) {
        const p = parseParticipant(clientId, state, awareness.clientID)
        if (p) list.push(p)
      }
      const sorted = sortParticipants(list)
      // Our own pointer is not drawn: while we drag, its moves must not re-render the cursors
      // (one React commit per frame of a drag on a 1 000-node map).
      const nextCursorsKey = JSON.stringify(
        sorted.filter((p) => !p.self).map((p) => [p.clientId, p.name, p.color, p.cursor]),
      )
      if (nextCursorsKey !== cursorsKey) {
        cursorsKey = nextCursorsKey
        cursors.set(sorted)
      }
      const nextListKey = JSON.stringify(
        sorted.map((p) => [p.clientId, p.name, p.color, p.self, p.hand, p.organisation]),
      )
      if (nextListKey !== listKey) {
        listKey = nextListKey
        participants.set(sorted)
      }
      const nextSelectionKey = JSON.stringify(sorted.map((p) => [p.name, p.color, p.selection]))
      if (nextSelectionKey !== selectionKey) {
        selectionKey = nextSelectionKey
        remoteSelection.set(remoteSelectionOf(sorted))
      }
    }
    // With many people moving pointers, awareness changes arrive far faster than frames.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(refresh)
    }
    awareness.on('change', schedule)
    refresh()
    return () => {
      awareness.off('change', schedule)
      cancelAnimationFrame(frame)
    }
  }, [awareness, participants, cursors, remoteSelection])

  useEffect(() => {
    if (!awareness || !name) return
    const own = awareness.getLocalState()?.user as { color?: unknown } | undefined
    const taken = new Set<string>()
    for (const [clientId, state] of awareness.getStates()) {
      const p = parseParticipant(clientId, state, awareness.clientID)
      if (p && !p.self) taken.add(p.color)
    }
    const color =
      typeof own?.color === 'string' && !taken.has(own.color)
        ? own.color
        : pickColor(taken, awareness.clientID)
    awareness.setLocalStateField('user', { name, color })
  }, [awareness, name])

  const setters = useMemo(() => {
    const sendCursor = throttle((cursor: Cursor | null) => {
      awareness?.setLocalStateField('cursor', cursor)
    }, CURSOR_INTERVAL_MS)
    return {
      setCursor: (cursor: Cursor | null) => {
        if (!name) return
        sendCursor(cursor)
        if (cursor === null) sendCursor.flush()
      },
      setSelection: (nodeIds: readonly string[]) => {
        if (name) awareness?.setLocalStateField('selection', [...nodeIds])
      },
      cancel: () => sendCursor.cancel(),
    }
  }, [awareness, name])
  useEffect(() => setters.cancel, [setters])

  return {
    participants,
    cursors,
    remoteSelection,
    setCursor: setters.setCursor,
    setSelection: setters.setSelection,
  }
}
