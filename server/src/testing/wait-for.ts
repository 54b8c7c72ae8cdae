/*
 * Tests wait for a condition with a deadline, never for a fixed time: a fixed sleep is either
 * too short on a loaded CI machine (flaky) or too long everywhere else (slow).
 */

export interface WaitOptions {
  /** How long to keep trying before failing (default 5 000 ms). */
  readonly timeoutMs?: number
  /** Pause between two checks (default 10 ms). */
  readonly intervalMs?: number
}

/**
 * Polls `check` until it returns a value other than `undefined`, `null` or `false`, and resolves
 * with that value. Rejects after the deadline with `description` and the last error thrown by
 * `check`, so a failing test says what it was waiting for.
 */
export async function waitFor<T>(
  description: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 5_000, intervalMs = 10 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await check()
      if (value !== undefined && value !== null && value !== false) return value
      lastError = undefined
    } catch (error) {
      lastError = error
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : ''
      throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${description}${cause}`)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/** Rejects with a clear message when `promise` does not settle within `timeoutMs`. */
export async function withDeadline<T>(
  description: string,
  promise: Promise<T>,
  timeoutMs = 5_000,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Timed out after ${timeoutMs} ms waiting for: ${description}`)),
      timeoutMs,
    )
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
