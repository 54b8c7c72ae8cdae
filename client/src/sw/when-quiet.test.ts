import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { whenQuiet } from './when-quiet.ts'

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())
  const options = { quietMs: 2000, latestMs: 30_000 }

  it('runs once the page has had no input for the quiet time', () => {
    const page = new EventTarget()
    const task = vi.fn()
    whenQuiet(page, task, options)
    vi.advanceTimersByTime(1999)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('waits while someone drags, pans or types, and runs after they stop', () => {
    const page = new EventTarget()
    const task = vi.fn()
    whenQuiet(page, task, options)
    for (let i = 0; i < 40; i++) {
      vi.advanceTimersByTime(100)
      page.dispatchEvent(new Event(i % 2 ? 'pointermove' : 'keydown'))
    }
    vi.advanceTimersByTime(1999)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
    page.dispatchEvent(new Event('pointerdown'))
    vi.advanceTimersByTime(60_000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('runs by the latest time even if the input never stops, and not again', () => {
    const page = new EventTarget()
    const task = vi.fn()
    whenQuiet(page, task, options)
    for (let t = 0; t < 40_000; t += 500) {
      page.dispatchEvent(new Event('wheel'))
      vi.advanceTimersByTime(500)
    }
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('does nothing once cancelled', () => {
    const page = new EventTarget()
    const task = vi.fn()
    whenQuiet(page, task, options)()
    vi.advanceTimersByTime(60_000)
    expect(task).not.toHaveBeenCalled()
  })
})
