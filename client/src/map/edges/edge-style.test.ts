import { describe, expect, it } from 'vitest'
import { LINK_STYLES, PLANNED_DASH } from '../../../../shared/src/render/visual-language.ts'
import { edgeDash, FAR_DASH_SCALE } from './edge-style.ts'

describe('edgeDash', () => {
  it('draws planned links dashed, tension dotted, existing links of other kinds solid', () => {
    expect(edgeDash('cooperation', true)).toBe(PLANNED_DASH)
    expect(edgeDash('tension', false)).toBe(LINK_STYLES.tension.dash)
    expect(edgeDash('tension', true)).toBe(LINK_STYLES.tension.dash)
    expect(edgeDash('cooperation', false)).toBeUndefined()
  })

  it('far out, draws the same patterns with longer dashes and gaps, and solid stays solid', () => {
    expect(FAR_DASH_SCALE).toBeGreaterThan(1)
    const scaled = (dash: string) =>
      dash
        .split(/[\s,]+/)
        .map((n) => Number(n) * FAR_DASH_SCALE)
        .join(' ')
    expect(edgeDash('funding', true, true)).toBe(scaled(PLANNED_DASH))
    expect(edgeDash('tension', false, true)).toBe(scaled(LINK_STYLES.tension.dash ?? ''))
    expect(edgeDash('cooperation', false, true)).toBeUndefined()
  })
})
