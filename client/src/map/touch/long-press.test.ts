import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createLongPress, type PressPoint } from './long-press.ts'

const touch = (pointerId: number, clientX = 100, clientY = 100): PressPoint => ({
  pointerId,
  pointerType: 'touch',
  clientX,
  clientY,
  target: null,
})

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a long press', () => {
  it('fires once when one finger rests long enough, with where it pressed', () => {
    const onLongPress = vi.fn()
    const press = createLongPress({ delayMs: 500, onLongPress })
    press.down(touch(1, 40, 60))
    vi.advanceTimersByTime(499)
    expect(onLongPress).not.toHaveBeenCalled()
    press.move(touch(1, 44, 63))
    vi.advanceTimersByTime(1)
    expect(onLongPress).toHaveBeenCalledTimes(1)
    expect(onLongPress.mock.calls[0]?.[0]).toMatchObject({ clientX: 40, clientY: 60 })
    vi.advanceTimersByTime(2000)
    expect(onLongPress).toHaveBeenCalledTimes(1)
  })

  it('does not fire when the finger lifts early', () => {
    const onLongPress = vi.fn()
    const press = createLongPress({ delayMs: 500, onLongPress })
    press.down(touch(1))
    vi.advanceTimersByTime(300)
    press.end(touch(1))
    vi.advanceTimersByTime(1000)
    expect(onLongPress).not.toHaveBeenCalled()
  })

  it('does not fire when the finger moves away: that is a pan or a drag', () => {
    const onLongPress = vi.fn()
    const press = createLongPress({ delayMs: 500, tolerancePx: 10, onLongPress })
    press.down(touch(1, 100, 100))
    press.move(touch(1, 108, 108))
    vi.advanceTimersByTime(1000)
    expect(onLongPress).not.toHaveBeenCalled()
  })

  it('does not fire when a second finger comes down: that is a pinch', () => {
    const onLongPress = vi.fn()
    const press = createLongPress({ delayMs: 500, onLongPress })
    press.down(touch(1))
    press.down(touch(2, 200, 200))
    vi.advanceTimersByTime(1000)
    expect(onLongPress).not.toHaveBeenCalled()
    // Lifting both and pressing again works again.
    press.end(touch(2))
    press.end(touch(1))
    press.down(touch(3))
    vi.advanceTimersByTime(500)
    expect(onLongPress).toHaveBeenCalledTimes(1)
  })

  it('ignores the mouse, which has the right-click menu', () => {
    const onLongPress = vi.fn()
    const press = createLongPress({ delayMs: 500, onLongPress })
    press.down({ ...touch(1), pointerType: 'mouse' })
    vi.advanceTimersByTime(1000)
    expect(onLongPress).not.toHaveBeenCalled()
  })
})
