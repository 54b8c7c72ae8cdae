import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type BadgeStatus, createBadgeState } from './badge-state.ts'

const status = (state: BadgeStatus['state'], pending = 0): BadgeStatus => ({ state, pending })

describe('createBadgeState', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function badge() {
    const shown: string[] = []
    const state = createBadgeState((s) => shown.push(s.state), status('connecting'), 1000)
    return { shown, state }
  }

  it('shows connecting, connected and offline at once', () => {
    const { shown, state } = badge()
    state.set(status('connected'))
    state.set(status('offline', 2))
    state.set(status('connecting'))
    expect(shown).toEqual(['connected', 'offline', 'connecting'])
  })

  it('does not flicker "saving" for changes confirmed at once, however many', () => {
    const { shown, state } = badge()
    state.set(status('connected'))
    for (let i = 0; i < 50; i++) {
      state.set(status('saving'))
      vi.advanceTimersByTime(20)
      state.set(status('connected'))
      vi.advanceTimersByTime(80)
    }
    expect(shown).toEqual(['connected'])
  })

  it('says "saving" once a save takes longer than the delay, and "connected" when it is done', () => {
    const { shown, state } = badge()
    state.set(status('connected'))
    state.set(status('saving'))
    vi.advanceTimersByTime(999)
    expect(shown).toEqual(['connected'])
    vi.advanceTimersByTime(1)
    expect(shown).toEqual(['connected', 'saving'])
    state.set(status('connected'))
    expect(shown).toEqual(['connected', 'saving', 'connected'])
  })

  it('after being offline, saving the kept changes is shown at once', () => {
    const { shown, state } = badge()
    state.set(status('offline', 3))
    state.set(status('saving'))
    expect(shown).toEqual(['offline', 'saving'])
  })

  it('a pending "saving" is dropped when the connection goes offline or is disposed', () => {
    const { shown, state } = badge()
    state.set(status('connected'))
    state.set(status('saving'))
    state.set(status('offline', 1))
    vi.advanceTimersByTime(5000)
    expect(shown).toEqual(['connected', 'offline'])
    state.set(status('connected'))
    state.set(status('saving'))
    state.dispose()
    vi.advanceTimersByTime(5000)
    expect(shown).toEqual(['connected', 'offline', 'connected'])
  })
})
