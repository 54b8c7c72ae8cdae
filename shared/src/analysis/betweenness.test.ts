import Graph from 'graphology'
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js'
import * as prng from 'lib0/prng'
import { describe, expect, it } from 'vitest'
import { betweenness } from './betweenness.ts'

function randomGraph(seed: number, order: number, size: number): Graph {
  const gen = prng.create(seed)
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false })
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`)
  for (let i = 0; i < size; i++) {
    const a = `n${prng.int32(gen, 0, order - 1)}`
    const b = `n${prng.int32(gen, 0, order - 1)}`
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b)
  }
  return graph
}

describe('betweenness on typed arrays', () => {
  it('gives the same scores as graphology on 30 seeded graphs, split ones included', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const graph = randomGraph(seed, 5 + (seed % 25), seed * 2)
      const expected = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null })
      const actual = betweenness(graph)
      for (const node of graph.nodes()) {
        expect(actual.get(node), `seed ${seed}, ${node}`).toBeCloseTo(expected[node] ?? -1, 12)
      }
    }
  })

  it('gives the centre of a path of three 1 and its ends 0', () => {
    const graph = new Graph({ type: 'undirected' })
    graph.mergeEdge('a', 'b')
    graph.mergeEdge('b', 'c')
    expect(Object.fromEntries(betweenness(graph))).toEqual({ a: 0, b: 1, c: 0 })
  })

  it('is zero everywhere on graphs of two nodes or fewer', () => {
    const graph = new Graph({ type: 'undirected' })
    graph.mergeEdge('a', 'b')
    expect(Object.fromEntries(betweenness(graph))).toEqual({ a: 0, b: 0 })
    expect(betweenness(new Graph({ type: 'undirected' })).size).toBe(0)
  })
})
