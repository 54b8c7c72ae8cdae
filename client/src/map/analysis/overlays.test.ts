import { describe, expect, it } from 'vitest'
import { analyseMap } from '../../../../shared/src/analysis/analyse-map.ts'
import type { MapModel } from '../../../../shared/src/doc/read-map.ts'
import type { EdgeId, NodeId } from '../../../../shared/src/schema/ids.ts'
import type { EdgeKind, Sector } from '../../../../shared/src/schema/vocabulary.ts'
import {
  analysisDecoration,
  CROSS_SECTOR_ACCENT,
  crossSectorEdges,
  NO_OVERLAYS,
} from './overlays.ts'

const words = {
  isolated: 'isoliert',
  community: (n: number) => `G${n}`,
  brokerRank: (n: number) => `Nr. ${n}`,
}

// a (youth) – b (youth) – c (health), d (health) alone; b is the broker between a and c.
function sample(kind: EdgeKind = 'cooperation'): MapModel {
  const node = (id: string, sector: Sector) => ({
    id: id as NodeId,
    kind: 'provider' as const,
    label: id,
    position: { x: 0, y: 0 },
    sector,
  })
  const edge = (id: string, source: string, target: string, k: EdgeKind = 'cooperation') => ({
    id: id as EdgeId,
    source: source as NodeId,
    target: target as NodeId,
    kind: k,
    status: 'existing' as const,
    strength: 2 as const,
    direction: 'none' as const,
  })
  return {
    meta: { schemaVersion: 2, title: 'T' },
    nodes: [node('a', 'youth'), node('b', 'youth'), node('c', 'health'), node('d', 'health')],
    edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c', kind)],
  }
}

describe('the analysis overlays', () => {
  it('are no layer at all while every toggle is off', () => {
    const m = sample()
    expect(analysisDecoration(analyseMap(m), m, NO_OVERLAYS, words)).toBeNull()
  })

  it('mark isolates with a ring and a word', () => {
    const m = sample()
    const layer = analysisDecoration(analyseMap(m), m, { ...NO_OVERLAYS, isolates: true }, words)
    expect(layer?.nodes?.get('d')).toMatchObject({ highlighted: true, badge: 'isoliert' })
    expect(layer?.nodes?.has('a')).toBe(false)
  })

  it('highlight only links across Säulen, not a Trägerschaft', () => {
    expect(crossSectorEdges(sample())).toEqual(['bc'])
    expect(crossSectorEdges(sample('operates'))).toEqual([])
    const m = sample()
    const layer = analysisDecoration(analyseMap(m), m, { ...NO_OVERLAYS, crossSector: true }, words)
    expect(layer?.edges?.get('bc')).toEqual({ highlighted: true, accent: CROSS_SECTOR_ACCENT })
    expect(layer?.edges?.has('ab')).toBe(false)
  })

  it('enlarge the top broker and number it', () => {
    const m = sample()
    const layer = analysisDecoration(
      analyseMap(m),
      m,
      { ...NO_OVERLAYS, sizeByBetweenness: true },
      words,
    )
    expect(layer?.nodes?.get('b')).toMatchObject({ scale: 1.8, badge: 'Nr. 1' })
  })

  it('colour and number communities, joining badges of several overlays', () => {
    const m = sample()
    const layer = analysisDecoration(
      analyseMap(m),
      m,
      { ...NO_OVERLAYS, communities: true, sizeByBetweenness: true },
      words,
    )
    const b = layer?.nodes?.get('b')
    expect(b?.fill).toMatch(/^#/)
    expect(b?.badge).toBe('G1 · Nr. 1')
  })
})
