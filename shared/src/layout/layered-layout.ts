import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js'
import type { NodeId } from '../schema/ids.ts'
import type { Position } from '../schema/position.ts'
import {
  centreOf,
  type LayoutInput,
  type LayoutResult,
  NODE_HEIGHT,
  NODE_WIDTH,
  placeNotesAside,
  recentre,
  splitNotes,
} from './layout-common.ts'

/** What the layered layout needs of ELK (the bundled engine, or one that runs in a Web Worker). */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>
}

/**
 * Layered (hierarchical) layout with ELK's layered algorithm: links point downwards where they
 * have a direction (money, clients, Trägerschaft, membership), so funders and Träger come out on
 * top. The engine is passed in, loaded on first use only (elkjs is large): a browser passes one
 * that runs in ELK's Web Worker (a random 1 000-actor map takes ELK several seconds), Node
 * `bundledElk` (bundled-elk.ts). Naming the bundled engine here would put its 1.4 MB into the
 * browser build as well, unused.
 */
export async function layeredLayout(
  input: LayoutInput,
  engine: () => Promise<ElkEngine>,
): Promise<LayoutResult> {
  const { actors, notes, links } = splitNotes(input)
  const centre = centreOf(actors)
  const elk = await engine()
  const children: ElkNode[] = actors.map((n) => ({
    id: n.id,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  }))
  const edges: ElkExtendedEdge[] = links.map((e, i) => {
    const backward = e.direction === 'backward'
    return {
      id: `e${i}`,
      sources: [backward ? e.target : e.source],
      targets: [backward ? e.source : e.target],
    }
  })
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '50',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.componentComponent': '80',
      // Less effort than ELK's defaults: a random 1 000-actor map took 15 s, now a few.
      'elk.layered.thoroughness': '1',
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
      'elk.layered.compaction.postCompaction.strategy': 'NONE',
      'elk.randomSeed': '1',
    },
    children,
    edges,
  })
  const positions = new Map<NodeId, Position>()
  for (const child of graph.children ?? []) {
    positions.set(child.id as NodeId, { x: child.x ?? 0, y: child.y ?? 0 })
  }
  recentre(positions, centre)
  placeNotesAside(positions, notes)
  return positions
}
