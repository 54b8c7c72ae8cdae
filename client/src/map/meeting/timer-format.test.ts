import { describe, expect, it } from 'vitest'
import { announcementBetween, formatRemaining } from './timer-format.ts'

describe('formatRemaining', () => {
  it('shows minutes and two-digit seconds, rounding up', () => {
    expect(formatRemaining(5 * 60_000)).toBe('5:00')
    expect(formatRemaining(61_000)).toBe('1:01')
    expect(formatRemaining(59_001)).toBe('1:00')
    expect(formatRemaining(9_000)).toBe('0:09')
  })

  it('never shows a negative time', () => {
    expect(formatRemaining(-5_000)).toBe('0:00')
  })
})

describe('announcementBetween', () => {
  it('announces the last minute once, when it starts', () => {
    expect(announcementBetween(61_000, 60_000)).toBe('oneMinute')
    expect(announcementBetween(60_000, 59_000)).toBeNull()
  })

  it('announces the end once', () => {
    expect(announcementBetween(1_000, 0)).toBe('end')
    expect(announcementBetween(0, -1_000)).toBeNull()
  })

  it('a timer shorter than a minute only announces its end', () => {
    expect(announcementBetween(null, 30_000)).toBeNull()
    expect(announcementBetween(30_000, 29_000)).toBeNull()
  })
})
