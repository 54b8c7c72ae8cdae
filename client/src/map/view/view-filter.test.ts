import { describe, expect, it } from 'vitest'
import type { EdgeId, MapEdge, MapNode, NodeId } from '../../shared.ts'
import {
  filterDecoration,
  focusDecoration,
  NO_FILTER,
  neighbourhood,
  searchNodes,
  toggled,
} from './view-filter.ts'

const n = (id: string, extra: Partial<MapNode> = {}): MapNode => ({
  id: id as NodeId,
  kind: 'provider',
  label: id,
  position: { x: 0, y: 0 },
  ...extra,
})
const e = (id: string, source: string, target: string, extra: Partial<MapEdge> = {}): MapEdge => ({
  id: id as EdgeId,
  source: source as NodeId,
  target: target as NodeId,
  kind: 'cooperation',
  status: 'existing',
  strength: 2,
  direction: 'none',
  ...extra,
})

const nodes = [
  n('Caritas', { sector: 'social', themes: ['income'] }),
  n('Jugendamt', { kind: 'agency', sector: 'youth', themes: ['education'] }),
  n('Initiative', { kind: 'residentGroup' }),
  n('Notiz', { kind: 'note' }),
]
const edges = [
  e('ab', 'Caritas', 'Jugendamt'),
  e('bc', 'Jugendamt', 'Initiative', { status: 'planned' }),
  e('cd', 'Initiative', 'Notiz', { kind: 'tension' }),
]
const model = { nodes, edges }
const hiddenNodes = (f: typeof NO_FILTER) =>
  [...(filterDecoration(model, f)?.nodes?.keys() ?? [])].sort()

describe('the filter layer', () => {
  it('without choices there is no layer at all', () => {
    expect(filterDecoration(model, NO_FILTER)).toBeNull()
  })

  it('hides nodes of a hidden kind', () => {
    expect(hiddenNodes({ ...NO_FILTER, hiddenKinds: new Set(['agency']) })).toEqual(['Jugendamt'])
  })

  it('hides actors of a hidden sector, and "ohne Säule" hides actors without one but not notes', () => {
    expect(hiddenNodes({ ...NO_FILTER, hiddenSectors: new Set(['social', 'none']) })).toEqual([
      'Caritas',
      'Initiative',
    ])
  })

  it('a theme filter keeps only actors on one of the chosen Lebenslagen', () => {
    expect(hiddenNodes({ ...NO_FILTER, themes: new Set(['education']) })).toEqual([
      'Caritas',
      'Initiative',
    ])
  })

  it('hides links by kind and by status', () => {
    const d = filterDecoration(model, {
      ...NO_FILTER,
      hiddenEdgeKinds: new Set(['tension']),
      hiddenStatuses: new Set(['planned']),
    })
    expect([...(d?.edges?.keys() ?? [])].sort()).toEqual(['bc', 'cd'])
  })

  it('toggling a value twice gives the same set back', () => {
    const once = toggled(new Set(['a']), 'b')
    expect([...once]).toEqual(['a', 'b'])
    expect([...toggled(once, 'b')]).toEqual(['a'])
  })
})

describe('the focus layer', () => {
  it('one step reaches the direct neighbours, two steps their neighbours', () => {
    expect([...neighbourhood(edges, 'Caritas' as NodeId, 1)].sort()).toEqual([
      'Caritas',
      'Jugendamt',
    ])
    expect([...neighbourhood(edges, 'Caritas' as NodeId, 2)].sort()).toEqual([
      'Caritas',
      'Initiative',
      'Jugendamt',
    ])
  })

  it('dims everything outside the neighbourhood and emphasises the centre', () => {
    const d = focusDecoration(model, 'Caritas' as NodeId, 1)
    expect(d.nodes?.get('Caritas')).toEqual({ highlighted: true })
    expect(d.nodes?.get('Jugendamt')).toEqual({})
    expect(d.nodes?.has('Initiative')).toBe(false)
    expect(d.otherNodes).toEqual({ dimmed: true })
    expect([...(d.edges?.keys() ?? [])]).toEqual(['ab'])
  })
})

describe('search', () => {
  it('finds names regardless of case and accents, names starting with the query first', () => {
    const list = [n('Kita Sonnenschein'), n('Sozialamt Köln'), n('Köln-Kalk Initiative')]
    expect(searchNodes(list, 'koln').map((x) => x.label)).toEqual([
      'Köln-Kalk Initiative',
      'Sozialamt Köln',
    ])
  })

  it('also finds words of the description and the Planungsraum', () => {
    const list = [n('Treff', { description: 'Offene Tür für Jugendliche' }), n('Amt')]
    expect(searchNodes(list, 'jugend').map((x) => x.label)).toEqual(['Treff'])
  })

  it('an empty query finds nothing', () => {
    expect(searchNodes(nodes, '  ')).toEqual([])
  })
})
