import * as prng from 'lib0/prng'
import { describe, expect, it } from 'vitest'
import type { MapModel } from '../doc/read-map.ts'
import type { MapEdge } from '../schema/edge-record.ts'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import type { MapNode } from '../schema/node-record.ts'
import { SECTORS, THEMES, type Theme } from '../schema/vocabulary.ts'
import { actorPairs, actorsOf, pairKey } from './actor-graph.ts'
import { analyseMap } from './analyse-map.ts'
import { planningAreaGaps, type Suggestion, suggestLinks } from './gaps.ts'

const actor = (id: string, extra: Partial<MapNode> = {}): MapNode => ({
  id: id as NodeId,
  kind: 'provider',
  label: id,
  position: { x: 0, y: 0 },
  ...extra,
})

const link = (i: number, source: string, target: string): MapEdge => ({
  id: `e${i}` as EdgeId,
  source: source as NodeId,
  target: target as NodeId,
  kind: 'cooperation',
  status: 'existing',
  strength: 2,
  direction: 'none',
})

const mapOf = (nodes: MapNode[], edges: MapEdge[] = []): MapModel => ({
  meta: { schemaVersion: 2, title: 'Test' },
  nodes,
  edges,
})

describe('Planungsräume with few actors', () => {
  it('lists areas with at most one actor, fewest first, ignoring notes', () => {
    const m = mapOf([
      actor('a', { planningArea: 'Kalk-Nord' }),
      actor('b', { planningArea: 'Kalk-Nord' }),
      actor('c', { planningArea: 'Humboldt' }),
      actor('n', { kind: 'note', planningArea: 'Gremberg' }),
      actor('d'),
    ])
    expect(planningAreaGaps(m)).toEqual([{ planningArea: 'Humboldt', actors: 1 }])
    expect(planningAreaGaps(m, 2)).toEqual([
      { planningArea: 'Humboldt', actors: 1 },
      { planningArea: 'Kalk-Nord', actors: 2 },
    ])
  })

  it('finds no gap on a map with one area or none', () => {
    expect(planningAreaGaps(mapOf([]))).toEqual([])
    expect(planningAreaGaps(mapOf([actor('a', { planningArea: 'Kalk' })]))).toEqual([])
  })

  it('are part of the white spots of the whole analysis', () => {
    const m = mapOf([actor('a', { planningArea: 'X' }), actor('b', { planningArea: 'Y' })])
    expect(analyseMap(m).whiteSpots.planningAreas).toEqual([
      { planningArea: 'X', actors: 1 },
      { planningArea: 'Y', actors: 1 },
    ])
  })
})

/** The plain definition: every unlinked pair with a shared theme, sorted, cut to `limit`. */
function referenceSuggestions(model: MapModel, limit: number): Suggestion[] {
  const linked = new Set(actorPairs(model).map(({ a, b }) => pairKey(a, b)))
  const actors = actorsOf(model)
  const all: Suggestion[] = []
  for (const [i, x] of actors.entries()) {
    for (const y of actors.slice(i + 1)) {
      const shared = THEMES.filter((t) => x.themes?.includes(t) && y.themes?.includes(t))
      if (shared.length === 0 || linked.has(pairKey(x.id, y.id))) continue
      const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id]
      const crossesSectors = !!x.sector && !!y.sector && x.sector !== y.sector
      all.push({ a, b, sharedThemes: shared, crossesSectors })
    }
  }
  return all
    .sort(
      (p, q) =>
        q.sharedThemes.length - p.sharedThemes.length ||
        Number(q.crossesSectors) - Number(p.crossesSectors) ||
        p.a.localeCompare(q.a) ||
        p.b.localeCompare(q.b),
    )
    .slice(0, limit)
}

function randomMap(seed: number, size: number): MapModel {
  const gen = prng.create(seed)
  const nodes = Array.from({ length: size }, (_, i) => {
    const themes = THEMES.filter(() => prng.int32(gen, 0, 3) === 0) as Theme[]
    return actor(`n${String(i).padStart(3, '0')}`, {
      sector: prng.bool(gen) ? prng.oneOf(gen, [...SECTORS]) : undefined,
      themes,
    })
  })
  const edges = Array.from({ length: size }, (_, i) =>
    link(
      i,
      `n${String(prng.int32(gen, 0, size - 1)).padStart(3, '0')}`,
      `n${String(prng.int32(gen, 0, size - 1)).padStart(3, '0')}`,
    ),
  ).filter((e) => e.source !== e.target)
  return mapOf(nodes, edges)
}

describe('link suggestions', () => {
  it('keep the best pairs exactly as sorting all pairs would (20 seeded maps)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const m = randomMap(seed, 40)
      for (const limit of [1, 5, 20]) {
        expect(suggestLinks(m, limit), `seed ${seed}, limit ${limit}`).toEqual(
          referenceSuggestions(m, limit),
        )
      }
    }
  })

  it('leave out linked pairs, in either direction', () => {
    const m = mapOf(
      [
        actor('a', { themes: ['health'] }),
        actor('b', { themes: ['health'] }),
        actor('c', { themes: ['health'] }),
      ],
      [link(0, 'b', 'a')],
    )
    expect(suggestLinks(m).map((s) => `${s.a}-${s.b}`)).toEqual(['a-c', 'b-c'])
  })
})
