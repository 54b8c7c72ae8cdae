import { describe, expect, it } from 'vitest'
import type { MapEdge } from '../schema/edge-record.ts'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import type { MapNode } from '../schema/node-record.ts'
import type { Sector } from '../schema/vocabulary.ts'
import { bundledElk } from './bundled-elk.ts'
import { computeLayout } from './compute-layout.ts'
import { forceLayout } from './force-layout.ts'
import { layeredLayout } from './layered-layout.ts'
import { type LayoutInput, type LayoutResult, NODE_HEIGHT, NODE_WIDTH } from './layout-common.ts'
import { PILLAR_WIDTH, pillarColumns, pillarLayout } from './pillar-layout.ts'

const id = (s: string) => s as NodeId

function actor(name: string, sector?: Sector, kind: MapNode['kind'] = 'provider'): MapNode {
  return {
    id: id(name),
    kind,
    label: name,
    position: { x: 0, y: 0 },
    ...(sector ? { sector } : {}),
  }
}

function link(
  source: string,
  target: string,
  direction: MapEdge['direction'] = 'forward',
): MapEdge {
  return {
    id: `${source}-${target}` as EdgeId,
    source: id(source),
    target: id(target),
    kind: 'funding',
    status: 'existing',
    strength: 2,
    direction,
  }
}

const overlaps = (result: LayoutResult) => {
  const boxes = [...result.values()]
  let count = 0
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]
      const b = boxes[j]
      if (!a || !b) continue
      if (Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT) count++
    }
  }
  return count
}

const sample: LayoutInput = {
  nodes: [
    actor('Jugendamt', 'youth', 'agency'),
    actor('Jugendzentrum', 'youth', 'service'),
    actor('Caritas', 'social'),
    actor('Seniorentreff', 'social', 'service'),
    actor('Gesundheitsamt', 'health', 'agency'),
    actor('Initiative', undefined, 'residentGroup'),
    { ...actor('Notiz', undefined, 'note'), position: { x: 5, y: 5 } },
  ],
  edges: [
    link('Jugendamt', 'Jugendzentrum'),
    link('Caritas', 'Seniorentreff'),
    link('Jugendamt', 'Caritas'),
    link('Gesundheitsamt', 'Initiative'),
  ],
}

describe('the force-directed layout', () => {
  it('gives every node a finite place and no two actors overlap, even when all start on one spot', () => {
    const result = forceLayout(sample)
    expect(result.size).toBe(sample.nodes.length)
    for (const p of result.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true)
    expect(overlaps(result)).toBe(0)
  })

  it('is deterministic: the same map gives the same positions', () => {
    expect([...forceLayout(sample)]).toEqual([...forceLayout(sample)])
  })

  it('keeps linked actors closer together than unlinked ones on average', () => {
    const result = forceLayout(sample)
    const dist = (a: string, b: string) => {
      const p = result.get(id(a))
      const q = result.get(id(b))
      if (!p || !q) throw new Error('missing')
      return Math.hypot(p.x - q.x, p.y - q.y)
    }
    expect(dist('Jugendamt', 'Jugendzentrum')).toBeLessThan(dist('Jugendzentrum', 'Initiative'))
  })
})

describe('the layered layout', () => {
  it('puts the source of a directed link above its target', async () => {
    const result = await layeredLayout(sample, bundledElk)
    const amt = result.get(id('Jugendamt'))
    const jz = result.get(id('Jugendzentrum'))
    expect(amt && jz && amt.y < jz.y).toBe(true)
    expect(overlaps(result)).toBe(0)
  })

  it('turns a backward link around', async () => {
    const result = await layeredLayout(
      {
        nodes: [actor('A'), actor('B')],
        edges: [link('A', 'B', 'backward')],
      },
      bundledElk,
    )
    const a = result.get(id('A'))
    const b = result.get(id('B'))
    expect(a && b && b.y < a.y).toBe(true)
  })
})

describe('the Säulen layout', () => {
  it('puts each sector in its own column, in vocabulary order, actors without a sector last', () => {
    expect(pillarColumns(sample.nodes)).toEqual(['youth', 'social', 'health', 'none'])
    const result = pillarLayout(sample)
    const x = (name: string) => result.get(id(name))?.x ?? Number.NaN
    expect(x('Jugendamt')).toBe(x('Jugendzentrum'))
    expect(x('Caritas') - x('Jugendamt')).toBe(PILLAR_WIDTH)
    expect(x('Initiative') - x('Gesundheitsamt')).toBe(PILLAR_WIDTH)
  })

  it('orders a column by kind, then by name', () => {
    const result = pillarLayout({
      nodes: [
        actor('Zentrum', 'youth', 'service'),
        actor('Amt', 'youth', 'agency'),
        actor('Bund', 'youth'),
      ],
      edges: [],
    })
    const y = (name: string) => result.get(id(name))?.y ?? Number.NaN
    expect(y('Bund')).toBeLessThan(y('Zentrum'))
    expect(y('Zentrum')).toBeLessThan(y('Amt'))
  })
})

describe('every layout', () => {
  it.each(['force', 'layered', 'pillars'] as const)(
    '%s places notes aside, to the right of all actors',
    async (name) => {
      const result = await computeLayout(name, sample, bundledElk)
      const note = result.get(id('Notiz'))
      const actorsRight = Math.max(
        ...sample.nodes.filter((n) => n.kind !== 'note').map((n) => result.get(n.id)?.x ?? 0),
      )
      expect(note && note.x >= actorsRight + NODE_WIDTH).toBe(true)
    },
  )

  it.each(['force', 'layered', 'pillars'] as const)('%s copes with an empty map', async (name) => {
    expect((await computeLayout(name, { nodes: [], edges: [] }, bundledElk)).size).toBe(0)
  })

  it.each(['force', 'layered', 'pillars'] as const)(
    '%s keeps the map centred where it was',
    async (name) => {
      const moved: LayoutInput = {
        nodes: sample.nodes.map((n) => ({ ...n, position: { x: n.position.x + 5000, y: 3000 } })),
        edges: sample.edges,
      }
      const result = await computeLayout(name, moved, bundledElk)
      const xs = [...result.values()].map((p) => p.x)
      expect(Math.min(...xs)).toBeGreaterThan(3500)
      expect(Math.max(...xs)).toBeLessThan(6500)
    },
  )
})
