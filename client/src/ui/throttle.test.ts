import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { throttle } from './throttle.ts'

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('the first call runs at once and a burst collapses into one trailing call', () => {
    const calls: number[] = []
    const f = throttle((n: number) => calls.push(n), 80)
    f(1)
    f(2)
    f(3)
    expect(calls).toEqual([1])
    vi.advanceTimersByTime(80)
    expect(calls).toEqual([1, 3])
  })

  it('flush sends the latest pending call immediately and cancel drops it', () => {
    const calls: number[] = []
    const f = throttle((n: number) => calls.push(n), 80)
    f(1)
    f(2)
    f.flush()
    expect(calls).toEqual([1, 2])
    f(3)
    f.cancel()
    vi.advanceTimersByTime(200)
    expect(calls).toEqual([1, 2])
  })
})
