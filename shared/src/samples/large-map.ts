import * as prng from 'lib0/prng'
import type * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import { addEdge, addNode } from '../doc/mutations.ts'
import type { NodeId } from '../schema/ids.ts'
import { EDGE_KINDS, NODE_KINDS, SECTORS, THEMES } from '../schema/vocabulary.ts'

/** Writes a seeded random map of `nodes` actors and about `edges` links (benchmarks, tests). */
export function writeLargeMap(
  doc: Y.Doc,
  options: { readonly nodes: number; readonly edges: number; readonly seed?: number },
): NodeId[] {
  const gen = prng.create(options.seed ?? 1)
  const ids: NodeId[] = []
  const columns = Math.ceil(Math.sqrt(options.nodes))
  doc.transact(() => {
    initMapDoc(doc, { title: `Großes Netz (${options.nodes})`, area: 'Benchmark' })
    for (let i = 0; i < options.nodes; i++) {
      const kinds = NODE_KINDS.filter((k) => k !== 'note')
      ids.push(
        addNode(doc, {
          kind: prng.oneOf(gen, kinds),
          label: `Akteur ${i + 1}`,
          position: { x: (i % columns) * 220, y: Math.floor(i / columns) * 120 },
          sector: prng.oneOf(gen, [...SECTORS]),
          themes: [prng.oneOf(gen, [...THEMES])],
        }),
      )
    }
    for (let i = 0; i < options.edges && ids.length > 1; i++) {
      // Mostly near neighbours, like a real map drawn by hand, plus some long links.
      const source = prng.int32(gen, 0, ids.length - 1)
      const near = source + prng.int32(gen, 1, columns + 1)
      const target = prng.bool(gen) && near < ids.length ? near : prng.int32(gen, 0, ids.length - 1)
      if (source === target) continue
      addEdge(doc, {
        source: ids[source] as NodeId,
        target: ids[target] as NodeId,
        kind: prng.oneOf(gen, [...EDGE_KINDS]),
      })
    }
  })
  return ids
}
