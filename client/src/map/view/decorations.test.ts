import { afterEach, describe, expect, it } from 'vitest'
import {
  clearLayers,
  decorationLayers,
  decorationOf,
  NO_DECORATION,
  setLayer,
} from './decorations.ts'

afterEach(clearLayers)

describe('the decoration store', () => {
  it('keeps a record’s decoration object while its look does not change', () => {
    setLayer('filter', { nodes: new Map([['a', { hidden: true }]]) })
    const first = decorationOf('nodes', 'a')
    expect(decorationOf('nodes', 'b')).toBe(NO_DECORATION)
    setLayer('search', { nodes: new Map([['b', { highlighted: true }]]) })
    expect(decorationOf('nodes', 'a')).toBe(first)
    expect(decorationOf('nodes', 'b')).toEqual({ highlighted: true })
  })

  it('removing a layer gives the record its plain look back', () => {
    setLayer('focus', { otherNodes: { dimmed: true } })
    expect(decorationOf('nodes', 'x')).toEqual({ dimmed: true })
    setLayer('focus', null)
    expect(decorationOf('nodes', 'x')).toBe(NO_DECORATION)
  })

  it('notifies subscribers only when a layer really changes', () => {
    let calls = 0
    const off = decorationLayers.subscribe(() => calls++)
    const layer = { otherNodes: { dimmed: true } }
    setLayer('focus', layer)
    setLayer('focus', layer)
    setLayer('analysis', null)
    off()
    expect(calls).toBe(1)
  })
})
