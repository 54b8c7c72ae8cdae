import { describe, expect, it } from 'vitest'
import { combineItem, NO_DECORATION, sameDecoration } from './combine-decorations.ts'

const nodes = (entries: [string, object][]) => ({ nodes: new Map(entries) })

describe('combining view decorations', () => {
  it('a record no layer mentions has no decoration', () => {
    expect(combineItem({ filter: nodes([['a', { hidden: true }]]) }, 'nodes', 'b')).toBe(
      NO_DECORATION,
    )
  })

  it('hidden wins over every other field of every layer', () => {
    const d = combineItem(
      {
        filter: nodes([['a', { hidden: true }]]),
        search: nodes([['a', { highlighted: true, badge: 'Treffer' }]]),
      },
      'nodes',
      'a',
    )
    expect(d).toEqual({ hidden: true })
  })

  it('dimmed wins over highlighted, and the colours stay', () => {
    const d = combineItem(
      {
        focus: { otherNodes: { dimmed: true } },
        analysis: nodes([['a', { highlighted: true, fill: '#e69f00' }]]),
      },
      'nodes',
      'a',
    )
    expect(d).toEqual({ dimmed: true, fill: '#e69f00' })
  })

  it('a listed record does not get the layer’s default for the others', () => {
    const layers = {
      focus: { nodes: new Map([['a', { highlighted: true }]]), otherNodes: { dimmed: true } },
    }
    expect(combineItem(layers, 'nodes', 'a')).toEqual({ highlighted: true })
    expect(combineItem(layers, 'nodes', 'z')).toEqual({ dimmed: true })
  })

  it('scales multiply and are clamped', () => {
    const layers = {
      analysis: nodes([['a', { scale: 2 }]]),
      search: nodes([['a', { scale: 2 }]]),
    }
    expect(combineItem(layers, 'nodes', 'a').scale).toBe(3)
    expect(combineItem({ analysis: nodes([['a', { scale: 0.1 }]]) }, 'nodes', 'a').scale).toBe(0.5)
  })

  it('for a colour or badge the search layer wins over the analysis layer', () => {
    const d = combineItem(
      {
        analysis: nodes([['a', { accent: '#000000', badge: '5' }]]),
        search: nodes([['a', { accent: '#ffffff' }]]),
      },
      'nodes',
      'a',
    )
    expect(d).toEqual({ accent: '#ffffff', badge: '5' })
  })

  it('links and nodes are decorated separately', () => {
    const layers = { filter: { edges: new Map([['a', { hidden: true }]]) } }
    expect(combineItem(layers, 'nodes', 'a')).toBe(NO_DECORATION)
    expect(combineItem(layers, 'edges', 'a')).toEqual({ hidden: true })
  })

  it('two decorations with the same fields look the same', () => {
    expect(sameDecoration({ dimmed: true, badge: 'x' }, { badge: 'x', dimmed: true })).toBe(true)
    expect(sameDecoration({ dimmed: true }, { highlighted: true })).toBe(false)
  })
})
