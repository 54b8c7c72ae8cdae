import { eiIndex } from '../analysis/ei-index.ts'
import type { MapModel } from '../doc/read-map.ts'
import type { EdgeKind, NodeKind, Sector } from '../schema/vocabulary.ts'

/** The counts the minutes print: actors and links by kind and sector, links across sectors. */
export interface MapFigures {
  readonly actors: number
  readonly links: number
  readonly actorsByKind: Partial<Record<NodeKind, number>>
  readonly actorsBySector: Partial<Record<Sector | 'none', number>>
  readonly linksByKind: Partial<Record<EdgeKind, number>>
  readonly plannedLinks: number
  /** Linked pairs of actors of different sectors (as the E-I index counts them). */
  readonly crossSectorPairs: number
  readonly eiIndex: number | null
}

function count<K extends string>(keys: readonly K[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {}
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1
  return counts
}

/** Counts actors and links of a map for the minutes; notes are not actors. */
export function mapFigures(model: MapModel): MapFigures {
  const actors = model.nodes.filter((n) => n.kind !== 'note')
  const actorIds = new Set<string>(actors.map((n) => n.id))
  const links = model.edges.filter((e) => actorIds.has(e.source) && actorIds.has(e.target))
  const ei = eiIndex(model)
  return {
    actors: actors.length,
    links: links.length,
    actorsByKind: count(actors.map((n) => n.kind)),
    actorsBySector: count(actors.map((n) => n.sector ?? 'none')),
    linksByKind: count(links.map((e) => e.kind)),
    plannedLinks: links.filter((e) => e.status === 'planned').length,
    crossSectorPairs: ei.external,
    eiIndex: ei.overall,
  }
}
