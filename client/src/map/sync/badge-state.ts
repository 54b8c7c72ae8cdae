import type { ConnectionState } from './connection-state.ts'

export interface BadgeStatus {
  readonly state: ConnectionState
  /** Offline: changes the server has not confirmed yet. */
  readonly pending: number
}

/** How long a save on a live connection must take before the badge says "speichert …". */
export const SAVING_SHOWN_AFTER_MS = 1000

/**
 * What the connection badge shows, settled: on a live connection each change is confirmed
 * within milliseconds, so "saving" and back flickered with every change — a dozen times a
 * second while a node was dragged, each one announced by screen readers (the badge is a live
 * region) and each one redrawing the page, which made every drag step of a large map slower.
 * "Saving" is shown only when a save takes longer than `delayMs`; every other state at once.
 */
export function createBadgeState(
  publish: (status: BadgeStatus) => void,
  initial: BadgeStatus,
  delayMs: number = SAVING_SHOWN_AFTER_MS,
) {
  let shown = initial
  let waiting: BadgeStatus | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const show = (status: BadgeStatus) => {
    if (status.state === shown.state && status.pending === shown.pending) return
    shown = status
    publish(status)
  }
  return {
    set(next: BadgeStatus) {
      if (next.state === 'saving' && shown.state === 'connected') {
        waiting = next
        timer ??= setTimeout(() => {
          timer = undefined
          if (waiting) show(waiting)
          waiting = null
        }, delayMs)
        return
      }
      clearTimeout(timer)
      timer = undefined
      waiting = null
      show(next)
    },
    dispose() {
      clearTimeout(timer)
      timer = undefined
    },
  }
}
