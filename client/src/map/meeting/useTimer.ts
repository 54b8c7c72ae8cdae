import { useEffect, useState } from 'react'
import { type Timer, timerOf } from './meeting-awareness.ts'
import { useMeeting } from './meeting-context.ts'
import { announcementBetween, type TimerAnnouncement } from './timer-format.ts'
import { useAwarenessValue } from './useAwarenessStates.ts'

export interface TimerView {
  readonly timer: Timer
  readonly remainingMs: number
  readonly announcement: TimerAnnouncement | null
}

/** The facilitator's round timer, ticking once a second, with what to announce. */
export function useTimer(): TimerView | null {
  const { role } = useMeeting()
  const timer = useAwarenessValue((states, clientId) =>
    timerOf(states, { clientId, facilitates: role === 'facilitate' }),
  )
  const [now, setNow] = useState(() => Date.now())
  const [announcement, setAnnouncement] = useState<TimerAnnouncement | null>(null)
  useEffect(() => {
    if (!timer) {
      setAnnouncement(null)
      return
    }
    let previous: number | null = timer.endsAt - Date.now()
    const tick = () => {
      const current = Date.now()
      setNow(current)
      const remaining = timer.endsAt - current
      const said = announcementBetween(previous, remaining)
      if (said) setAnnouncement(said)
      previous = remaining
    }
    tick()
    const interval = setInterval(tick, 1000)
    return () => clearInterval(interval)
  }, [timer])
  if (!timer) return null
  return { timer, remainingMs: timer.endsAt - now, announcement }
}
