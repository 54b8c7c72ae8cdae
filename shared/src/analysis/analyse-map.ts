import type { MapModel } from '../doc/read-map.ts'
import { actorGraph } from './actor-graph.ts'
import { type Community, communities } from './communities.ts'
import { type EiIndex, eiIndex } from './ei-index.ts'
import {
  type AreaGap,
  planningAreaGaps,
  type Suggestion,
  suggestLinks,
  type ThemeGap,
  themeGaps,
} from './gaps.ts'
import { type Broker, brokers, components, cutPoints, density, isolates } from './structure.ts'

/** Every figure of a map, as the analysis panel, the API and the minutes show it. */
export interface MapAnalysis {
  readonly actors: number
  readonly links: number
  readonly eiIndex: EiIndex
  /** Share of counted pairs that cross sectors, 0…1; null when no pair counts. */
  readonly crossSectorShare: number | null
  readonly density: number | null
  readonly components: readonly (readonly string[])[]
  readonly isolates: readonly string[]
  readonly brokers: readonly Broker[]
  readonly cutPoints: readonly string[]
  readonly communities: readonly Community[]
  readonly whiteSpots: {
    readonly themes: readonly ThemeGap[]
    readonly planningAreas: readonly AreaGap[]
  }
  readonly suggestions: readonly Suggestion[]
}

/** Computes every network figure of a map from its validated model. */
export function analyseMap(model: MapModel): MapAnalysis {
  const graph = actorGraph(model)
  const ei = eiIndex(model)
  const counted = ei.external + ei.internal
  return {
    actors: graph.order,
    links: graph.size,
    eiIndex: ei,
    crossSectorShare: counted === 0 ? null : ei.external / counted,
    density: density(graph),
    components: components(graph),
    isolates: isolates(graph),
    brokers: brokers(graph),
    cutPoints: cutPoints(graph),
    communities: communities(graph, model),
    whiteSpots: { themes: themeGaps(model), planningAreas: planningAreaGaps(model) },
    suggestions: suggestLinks(model),
  }
}
