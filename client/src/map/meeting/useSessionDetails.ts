import { useCallback, useEffect, useState } from 'react'
import type { SessionInfo } from '../../../../shared/src/meeting/meeting-types.ts'
import { type SessionDetails, useMeetingApi } from './meeting-api.ts'
import { useMeetingState } from './meeting-context.ts'

const REFRESH_MS = 5_000

export interface SessionView {
  /** The running session, or else the latest one; null when the map never had one. */
  readonly session: SessionInfo | null
  readonly details: SessionDetails | null
  readonly refresh: () => void
  readonly error: string | null
}

/**
 * The session the panel shows and its details (attendance, attribution), fetched again every
 * few seconds while the panel is open and the session runs (the server keeps them, not the doc).
 */
export function useSessionDetails(): SessionView {
  const api = useMeetingApi()
  const running = useMeetingState((s) => s.session)
  const [latest, setLatest] = useState<SessionInfo | null>(null)
  const [details, setDetails] = useState<SessionDetails | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((n) => n + 1), [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: `running` and `tick` re-fetch the list
  useEffect(() => {
    if (running) return
    let cancelled = false
    api
      .listSessions()
      .then((list) => {
        if (cancelled) return
        const sorted = [...list].sort((a, b) => b.startedAt - a.startedAt)
        setLatest(sorted[0] ?? null)
      })
      .catch((e: unknown) => !cancelled && setError(String(e)))
    return () => {
      cancelled = true
    }
  }, [api, running, tick])

  const session = running ?? latest
  const sessionId = session?.id ?? null
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` re-fetches on demand
  useEffect(() => {
    if (!sessionId) {
      setDetails(null)
      return
    }
    let cancelled = false
    const load = () =>
      api
        .session(sessionId)
        .then((d) => {
          if (!cancelled) {
            setDetails(d)
            setError(null)
          }
        })
        .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)))
    void load()
    const interval = running ? setInterval(load, REFRESH_MS) : undefined
    return () => {
      cancelled = true
      if (interval) clearInterval(interval)
    }
  }, [api, sessionId, running, tick])

  return { session, details, refresh, error }
}
