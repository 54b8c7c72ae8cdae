/*
 * How long the analysis of a large map takes, figure by figure (DESIGN.md §7: measured, never a
 * timed test). The panel runs it in a Web Worker after each change of topology, so this is the
 * delay before the figures follow a new link, not a freeze of the canvas.
 * Run: npm run bench:analysis  (or node shared/bench/analysis.bench.ts 2000 3000)
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js'
import * as Y from 'yjs'
import { actorGraph } from '../src/analysis/actor-graph.ts'
import { analyseMap } from '../src/analysis/analyse-map.ts'
import { communities } from '../src/analysis/communities.ts'
import { eiIndex } from '../src/analysis/ei-index.ts'
import { planningAreaGaps, suggestLinks, themeGaps } from '../src/analysis/gaps.ts'
import { brokers, components, cutPoints } from '../src/analysis/structure.ts'
import { topologyKey } from '../src/analysis/topology-key.ts'
import { readMap } from '../src/doc/read-map.ts'
import { writeLargeMap } from '../src/samples/large-map.ts'

const RUNS = 5

/** Median milliseconds of `runs` calls (after one warm-up call). */
function median(run: () => unknown, runs = RUNS): number {
  run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

function bench(nodes: number, edges: number): void {
  const doc = new Y.Doc()
  writeLargeMap(doc, { nodes, edges, seed: 7 })
  const model = readMap(doc)
  const graph = actorGraph(model)
  const rows: [string, number][] = [
    ['readMap', median(() => readMap(doc))],
    ['topologyKey', median(() => topologyKey(model))],
    ['actorGraph', median(() => actorGraph(model))],
    ['eiIndex', median(() => eiIndex(model))],
    ['components', median(() => components(graph))],
    ['brokers (betweenness)', median(() => brokers(graph))],
    // The same figure through graphology, side by side: weighted (its default) and unweighted.
    ['  graphology, default', median(() => betweennessCentrality(graph))],
    [
      '  graphology, unweighted',
      median(() => betweennessCentrality(graph, { getEdgeWeight: null })),
    ],
    ['cutPoints', median(() => cutPoints(graph))],
    ['communities (Louvain)', median(() => communities(graph, model))],
    ['themeGaps + planningAreaGaps', median(() => [themeGaps(model), planningAreaGaps(model)])],
    ['suggestions', median(() => suggestLinks(model))],
    ['analyseMap (all)', median(() => analyseMap(model))],
  ]
  console.log(`\n${nodes} nodes, ${model.edges.length} links (median of ${RUNS} runs)`)
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(8)} ms`)
}

const [nodesArg, edgesArg] = process.argv.slice(2)
if (nodesArg) bench(Number(nodesArg), Number(edgesArg ?? Number(nodesArg) * 1.5))
else {
  bench(1000, 1500)
  bench(2000, 3000)
}
