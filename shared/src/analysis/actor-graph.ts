import Graph from 'graphology'
import type { MapModel } from '../doc/read-map.ts'
import type { MapEdge } from '../schema/edge-record.ts'
import type { MapNode } from '../schema/node-record.ts'

/** The actors of a map: every node but free notes, which are not part of any figure. */
export function actorsOf(model: MapModel): MapNode[] {
  return model.nodes.filter((n) => n.kind !== 'note')
}

/** A linked pair of actors, counted once however many links (of whatever kinds) join them. */
export interface ActorPair {
  readonly a: string
  readonly b: string
  readonly edges: readonly MapEdge[]
}

/** Key of an unordered pair, so a→b and b→a are the same pair. */
export const pairKey = (a: string, b: string): string =>
  a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`

/**
 * The distinct linked pairs of actors, keeping only links that `include` accepts. Links that
 * touch a note are left out.
 */
export function actorPairs(
  model: MapModel,
  include: (edge: MapEdge) => boolean = () => true,
): ActorPair[] {
  const actorIds = new Set(actorsOf(model).map((n) => n.id))
  const pairs = new Map<string, { a: string; b: string; edges: MapEdge[] }>()
  for (const edge of model.edges) {
    if (!include(edge) || !actorIds.has(edge.source) || !actorIds.has(edge.target)) continue
    const key = pairKey(edge.source, edge.target)
    const pair = pairs.get(key)
    if (pair) pair.edges.push(edge)
    else {
      const [a, b] =
        edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source]
      pairs.set(key, { a, b, edges: [edge] })
    }
  }
  return [...pairs.values()]
}

/**
 * The actors as a simple undirected graphology graph (one edge per linked pair): the shape
 * every structural figure (density, components, brokers, communities) is computed on.
 */
export function actorGraph(model: MapModel): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false })
  for (const actor of actorsOf(model)) graph.addNode(actor.id)
  for (const { a, b } of actorPairs(model)) graph.addEdge(a, b)
  return graph
}
