/** A countdown as the timer shows it: "m:ss", never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}

export type TimerAnnouncement = 'oneMinute' | 'end'

/**
 * What a screen reader is told between two ticks: once when the last minute starts and once
 * at the end (not every second — an aria-live region that talks every second is unusable).
 */
export function announcementBetween(
  previousMs: number | null,
  nowMs: number,
): TimerAnnouncement | null {
  if (previousMs === null) return null
  if (previousMs > 0 && nowMs <= 0) return 'end'
  if (previousMs > 60_000 && nowMs <= 60_000 && nowMs > 0) return 'oneMinute'
  return null
}
