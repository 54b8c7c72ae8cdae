export interface Throttled<A extends unknown[]> {
  (...args: A): void
  /** Runs a pending call now. */
  flush(): void
  /** Drops a pending call. */
  cancel(): void
}

/**
 * Calls `fn` at most once per `ms`, always with the latest arguments, and never drops the last
 * call (it runs when the window ends), so the final state always goes out.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): Throttled<A> {
  let last = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending: A | null = null
  const run = () => {
    timer = null
    last = Date.now()
    const args = pending
    pending = null
    if (args) fn(...args)
  }
  const throttled = ((...args: A) => {
    pending = args
    const wait = ms - (Date.now() - last)
    if (wait <= 0 && timer === null) run()
    else if (timer === null) timer = setTimeout(run, Math.max(0, wait))
  }) as Throttled<A>
  throttled.flush = () => {
    if (timer !== null) clearTimeout(timer)
    if (pending) run()
    else timer = null
  }
  throttled.cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    pending = null
  }
  return throttled
}
