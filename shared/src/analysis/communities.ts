import type Graph from 'graphology'
import louvain from 'graphology-communities-louvain'
import type { MapModel } from '../doc/read-map.ts'
import type { Sector } from '../schema/vocabulary.ts'
import { actorsOf } from './actor-graph.ts'

/** A community found by Louvain and how the sectors (Säulen) are spread within it. */
export interface Community {
  readonly members: readonly string[]
  /** Number of members per sector; actors without a sector are not counted. */
  readonly sectors: Partial<Record<Sector, number>>
  /** The sector most members belong to, or null when none has a sector. */
  readonly dominantSector: Sector | null
}

/** A small deterministic PRNG (mulberry32), so the same map always yields the same communities. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Communities of linked actors (Louvain modularity), largest first; isolated actors form no
 * community. Compared with the sectors: a community that mirrors one Säule is a silo.
 */
export function communities(graph: Graph, model: MapModel): Community[] {
  if (graph.size === 0) return []
  const assignment = louvain(graph, { rng: seededRandom(20060401) })
  const groups = new Map<number, string[]>()
  for (const [node, community] of Object.entries(assignment)) {
    if (graph.degree(node) === 0) continue
    const group = groups.get(community)
    if (group) group.push(node)
    else groups.set(community, [node])
  }
  const sectorOf = new Map(actorsOf(model).map((n) => [n.id as string, n.sector]))
  return [...groups.values()]
    .map((members) => {
      const sorted = members.sort()
      const sectors: Partial<Record<Sector, number>> = {}
      for (const id of sorted) {
        const sector = sectorOf.get(id)
        if (sector) sectors[sector] = (sectors[sector] ?? 0) + 1
      }
      const ranked = (Object.entries(sectors) as [Sector, number][]).sort(
        (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]),
      )
      return { members: sorted, sectors, dominantSector: ranked[0]?.[0] ?? null }
    })
    .sort(
      (x, y) =>
        y.members.length - x.members.length ||
        (x.members[0] ?? '').localeCompare(y.members[0] ?? ''),
    )
}
