/**
 * A token bucket: `burst` tokens to start with, refilled at `perSecond`. One message costs one
 * token; an empty bucket means the sender is faster than any honest client (drags are
 * throttled to ~12/s and pointer moves to ~25/s by the client).
 */
export interface TokenBucket {
  /** Takes one token; false when none is left. */
  take(now?: number): boolean
}

export function createTokenBucket(perSecond: number, burst: number): TokenBucket {
  let tokens = burst
  let last = performance.now()
  return {
    take(now = performance.now()) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond)
      last = now
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
