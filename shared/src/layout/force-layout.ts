import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force'
import type { NodeId } from '../schema/ids.ts'
import type { Position } from '../schema/position.ts'
import {
  centreOf,
  type LayoutInput,
  type LayoutResult,
  NODE_WIDTH,
  placeNotesAside,
  recentre,
  splitNotes,
} from './layout-common.ts'

interface SimNode extends SimulationNodeDatum {
  readonly id: NodeId
}

const TICKS = 300

/**
 * Force-directed layout (d3-force): linked actors pull together, all actors push apart, none
 * overlap. Starts from the current positions (so small maps change little) and is deterministic:
 * d3-force's random source is a fixed-seed generator.
 */
export function forceLayout(input: LayoutInput): LayoutResult {
  const { actors, notes, links } = splitNotes(input)
  const centre = centreOf(actors)
  const nodes: SimNode[] = actors.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y }))
  // All actors on one spot (e.g. a fresh import) would start the simulation degenerate.
  const spread = new Set(nodes.map((n) => `${n.x},${n.y}`)).size
  if (spread < nodes.length / 2) {
    nodes.forEach((n, i) => {
      const angle = i * 2.399963 // golden angle: an even spiral
      const r = 60 * Math.sqrt(i + 1)
      n.x = centre.x + r * Math.cos(angle)
      n.y = centre.y + r * Math.sin(angle)
    })
  }
  const simLinks: SimulationLinkDatum<SimNode>[] = links.map((e) => ({
    source: e.source,
    target: e.target,
  }))
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((d) => d.id)
        .distance(NODE_WIDTH * 1.3),
    )
    .force('charge', forceManyBody<SimNode>().strength(-1200).distanceMax(2000))
    .force('collide', forceCollide<SimNode>(NODE_WIDTH * 0.62))
    .force('x', forceX<SimNode>(centre.x).strength(0.04))
    .force('y', forceY<SimNode>(centre.y).strength(0.06))
    .stop()
  simulation.tick(TICKS)
  const positions = new Map<NodeId, Position>()
  for (const n of nodes) positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 })
  recentre(positions, centre)
  placeNotesAside(positions, notes)
  return positions
}
