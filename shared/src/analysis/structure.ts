import type Graph from 'graphology'
import { connectedComponents } from 'graphology-components'
import { undirectedDensity } from 'graphology-metrics/graph/density.js'
import { betweenness } from './betweenness.ts'

/** An actor with its normalised betweenness centrality (0…1). */
export interface Broker {
  readonly id: string
  readonly betweenness: number
}

/** Density of the actor graph (share of possible pairs that are linked); null below 2 actors. */
export function density(graph: Graph): number | null {
  return graph.order < 2 ? null : undirectedDensity(graph)
}

/** Connected components, largest first; an isolated actor is a component of its own. */
export function components(graph: Graph): string[][] {
  return connectedComponents(graph)
    .map((c) => [...c].sort())
    .sort((x, y) => y.length - x.length || (x[0] ?? '').localeCompare(y[0] ?? ''))
}

/** Actors without any link to another actor. */
export function isolates(graph: Graph): string[] {
  return graph.filterNodes((node) => graph.degree(node) === 0).sort()
}

/**
 * The actors through whom most shortest paths run (betweenness centrality, normalised), highest
 * first; actors on no shortest path between others are not brokers.
 */
export function brokers(graph: Graph, limit = 10): Broker[] {
  if (graph.order < 3) return []
  return [...betweenness(graph)]
    .filter(([, score]) => score > 0)
    .map(([id, score]) => ({ id, betweenness: Math.round(score * 1e6) / 1e6 }))
    .sort((x, y) => y.betweenness - x.betweenness || x.id.localeCompare(y.id))
    .slice(0, limit)
}

/**
 * Articulation points: actors whose removal splits their part of the network. Tarjan's
 * low-link algorithm, iterative so a long chain of actors cannot overflow the stack
 * (graphology offers no implementation).
 */
export function cutPoints(graph: Graph): string[] {
  const discovery = new Map<string, number>()
  const low = new Map<string, number>()
  const result = new Set<string>()
  let time = 0
  for (const root of graph.nodes()) {
    if (discovery.has(root)) continue
    discovery.set(root, time)
    low.set(root, time++)
    let rootChildren = 0
    const stack: { node: string; parent: string | null; neighbours: string[]; next: number }[] = [
      { node: root, parent: null, neighbours: graph.neighbors(root), next: 0 },
    ]
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number]
      if (frame.next < frame.neighbours.length) {
        const neighbour = frame.neighbours[frame.next++] as string
        if (neighbour === frame.parent) continue
        const seen = discovery.get(neighbour)
        if (seen === undefined) {
          discovery.set(neighbour, time)
          low.set(neighbour, time++)
          if (frame.node === root) rootChildren++
          stack.push({
            node: neighbour,
            parent: frame.node,
            neighbours: graph.neighbors(neighbour),
            next: 0,
          })
        } else {
          low.set(frame.node, Math.min(low.get(frame.node) as number, seen))
        }
        continue
      }
      stack.pop()
      const parent = stack[stack.length - 1]
      if (!parent) continue
      const childLow = low.get(frame.node) as number
      low.set(parent.node, Math.min(low.get(parent.node) as number, childLow))
      if (parent.node !== root && childLow >= (discovery.get(parent.node) as number)) {
        result.add(parent.node)
      }
    }
    if (rootChildren > 1) result.add(root)
  }
  return [...result].sort()
}
