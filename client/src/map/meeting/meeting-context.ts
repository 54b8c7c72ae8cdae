import type { HocuspocusProvider } from '@hocuspocus/provider'
import { useMemo, useState } from 'react'
import type { Role } from '../../../../shared/src/meeting/meeting-types.ts'
import { createStore, type Store, useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import type { CollabSession } from '../sync/useCollab.ts'
import type { MeetingLink } from './meeting-link.ts'
import type { MeetingState } from './meeting-state.ts'

/** Everything the meeting components share: the server's state, the API, local follow state. */
export interface Meeting {
  readonly role: Role
  readonly link: MeetingLink
  readonly mapId: string
  /** The link's token, for the HTTP API (meeting-api.ts, loaded with the panels). */
  readonly token: string
  readonly provider: HocuspocusProvider
  /** The awareness clientID we follow, or null. Local only. */
  readonly following: Store<number | null>
  /** Sets one of our own awareness fields (hand, viewport, summon, spotlight, timer). */
  readonly setField: (field: string, value: unknown) => void
}

// Keyed by the open map's provider, so every component under MapEditor finds the meeting
// through useEditor() without another context provider around the whole editor.
const meetings = new WeakMap<HocuspocusProvider, Meeting>()

/** The open map's meeting; only inside MapEditor. */
export function useMeeting(): Meeting {
  const meeting = meetings.get(useEditor().provider)
  if (!meeting) throw new Error('useMeeting outside MapEditor')
  return meeting
}

/** A slice of the server's meeting state; re-renders only when the slice changes. */
export function useMeetingState<S>(select: (state: MeetingState) => S): S {
  return useStoreSlice(useMeeting().link.state, select)
}

/** The meeting of an open map, stable for its life. */
export function useMeetingValue(session: CollabSession, role: Role): Meeting {
  const [following] = useState(() => createStore<number | null>(null))
  return useMemo(() => {
    const meeting: Meeting = {
      role,
      link: session.meeting,
      mapId: session.mapId,
      token: session.token,
      provider: session.provider,
      following,
      setField: (field, value) => session.provider.awareness?.setLocalStateField(field, value),
    }
    meetings.set(session.provider, meeting)
    return meeting
  }, [session, role, following])
}
