/** Input that means someone is working with the page (a drag, a pan, typing). */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

export interface QuietOptions {
  /** How long without input counts as quiet (ms). */
  readonly quietMs: number
  /** Runs by then at the latest, even if the input never stops (ms). */
  readonly latestMs: number
}

/**
 * Runs `task` once nobody has used the page for `quietMs` (or after `latestMs` at the latest).
 * For background work that would take frames from a drag or a pan, such as the service
 * worker's precaching. Returns what cancels it.
 */
export function whenQuiet(
  target: EventTarget,
  task: () => void,
  options: QuietOptions,
): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined
  let done = false
  const finish = () => {
    if (done) return
    done = true
    cancel()
    task()
  }
  const restart = () => {
    clearTimeout(quiet)
    quiet = setTimeout(finish, options.quietMs)
  }
  const latest = setTimeout(finish, options.latestMs)
  const cancel = () => {
    done = true
    clearTimeout(quiet)
    clearTimeout(latest)
    for (const type of INPUT_EVENTS) target.removeEventListener(type, restart, true)
  }
  for (const type of INPUT_EVENTS) {
    target.addEventListener(type, restart, { capture: true, passive: true })
  }
  restart()
  return cancel
}
