import { describe, expect, it } from 'vitest'
import { initialViewport, NOMINAL_NODE } from './initial-viewport.ts'

const options = { minZoom: 0.1, maxZoom: 1.25, padding: 0.2 }
const screen = { width: 1000, height: 800 }

describe('the first viewport of a map', () => {
  it('zooms out so a wide grid of nodes fits the screen, centred', () => {
    const positions = Array.from({ length: 100 }, (_, i) => ({ x: (i % 10) * 220, y: 0 }))
    const v = initialViewport(positions, screen, options)
    if (!v) throw new Error('expected a viewport')
    const width = 9 * 220 + NOMINAL_NODE.width
    expect(v.zoom).toBeLessThan(screen.width / width)
    expect(v.zoom).toBeGreaterThan((screen.width / width) * 0.7)
    // The middle of the grid lands in the middle of the screen.
    expect(v.x + (width / 2) * v.zoom).toBeCloseTo(screen.width / 2, 0)
  })

  it('does not zoom in further than allowed for a single node', () => {
    expect(initialViewport([{ x: 5, y: 5 }], screen, options)?.zoom).toBe(1.25)
  })

  it('gives nothing for an empty map or a canvas without size', () => {
    expect(initialViewport([], screen, options)).toBeNull()
    expect(initialViewport([{ x: 0, y: 0 }], { width: 0, height: 0 }, options)).toBeNull()
  })
})
