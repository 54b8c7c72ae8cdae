import { describe, expect, it } from 'vitest'
import { contrastRatio, PARTICIPANT_COLORS } from './participant-colors.ts'

describe('participant colours', () => {
  it('every colour has AA contrast with white', () => {
    for (const color of PARTICIPANT_COLORS) {
      expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('the contrast ratio is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrastRatio('#0b5cad', '#0b5cad')).toBe(1)
  })
})
