import { useMemo } from 'react'
import type {
  AttendanceEntry,
  ChangeRecord,
  SessionInfo,
  VoteInfo,
} from '../../../../shared/src/meeting/meeting-types.ts'

import { useMeeting } from './meeting-context.ts'

/** A failed API call, with the server's error code when it sent one. */
export class MeetingApiError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

export interface SessionDetails {
  readonly info: SessionInfo
  readonly attendance: readonly AttendanceEntry[]
  readonly changes: readonly ChangeRecord[]
  readonly votes: readonly VoteInfo[]
}

export interface RotatedLinks {
  readonly editUrl?: string
  readonly viewUrl?: string
}

/** The meeting endpoints of one map, called with the link's token (never in the URL). */
export interface MeetingApi {
  setLocked(locked: boolean): Promise<void>
  rotate(which: 'edit' | 'view' | 'both'): Promise<RotatedLinks>
  deleteMap(): Promise<void>
  startSession(input: {
    title: string
    date: string
    place?: string
    facilitator?: string
  }): Promise<SessionInfo>
  endSession(sessionId: string): Promise<void>
  listSessions(): Promise<readonly SessionInfo[]>
  session(sessionId: string): Promise<SessionDetails>
  saveAttendance(sessionId: string, attendance: readonly AttendanceEntry[]): Promise<void>
  openVote(input: { question: string; dotsPerPerson: number }): Promise<VoteInfo>
  changeVote(voteId: string, change: 'reveal' | 'close'): Promise<void>
  /** Downloads an export as a file; resolves with the file name. */
  download(format: string, sessionId?: string): Promise<string>
}

async function errorOf(response: Response): Promise<MeetingApiError> {
  let message = `HTTP ${response.status}`
  try {
    const body = (await response.json()) as { error?: { message?: unknown } }
    if (typeof body.error?.message === 'string') message = body.error.message
  } catch {
    // No JSON error body.
  }
  return new MeetingApiError(response.status, message)
}

/** The file name from Content-Disposition (RFC 6266 filename* first), or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1])
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain?.[1] ?? fallback
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function meetingApi(mapId: string, token: string): MeetingApi {
  const base = `/api/maps/${encodeURIComponent(mapId)}`
  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
    if (!response.ok) throw await errorOf(response)
    return response
  }
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> =>
    (await (await call(method, path, body)).json()) as T

  return {
    setLocked: async (locked) => void (await call('POST', '/lock', { locked })),
    rotate: (which) => json('POST', '/rotate', { which }),
    deleteMap: async () => void (await call('DELETE', '')),
    startSession: (input) => json('POST', '/sessions', input),
    endSession: async (id) => void (await call('POST', `/sessions/${encodeURIComponent(id)}/end`)),
    listSessions: async () =>
      (await json<{ sessions: SessionInfo[] }>('GET', '/sessions')).sessions,
    session: (id) => json('GET', `/sessions/${encodeURIComponent(id)}`),
    saveAttendance: async (id, attendance) =>
      void (await call('PUT', `/sessions/${encodeURIComponent(id)}/attendance`, { attendance })),
    openVote: (input) => json('POST', '/votes', input),
    changeVote: async (id, change) =>
      void (await call('POST', `/votes/${encodeURIComponent(id)}/${change}`)),
    async download(format, sessionId) {
      const query = sessionId ? `?session=${encodeURIComponent(sessionId)}` : ''
      const response = await call('GET', `/export/${format}${query}`)
      const name = fileNameOf(response.headers.get('content-disposition'), `karte.${format}`)
      saveBlob(await response.blob(), name)
      return name
    },
  }
}

/** The open map's meeting API (the token travels in a header, never in the URL). */
export function useMeetingApi(): MeetingApi {
  const { mapId, token } = useMeeting()
  return useMemo(() => meetingApi(mapId, token), [mapId, token])
}
