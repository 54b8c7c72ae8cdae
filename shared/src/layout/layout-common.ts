import type { MapEdge } from '../schema/edge-record.ts'
import type { NodeId } from '../schema/ids.ts'
import type { MapNode } from '../schema/node-record.ts'
import type { Position } from '../schema/position.ts'

/** The layouts a map can be arranged in. */
export const LAYOUT_NAMES = ['force', 'layered', 'pillars'] as const
export type LayoutName = (typeof LAYOUT_NAMES)[number]

/** What a layout reads of a map: its nodes and links (a MapModel fits). */
export interface LayoutInput {
  readonly nodes: readonly MapNode[]
  readonly edges: readonly MapEdge[]
}

/** New positions by node id; every node of the input gets one. */
export type LayoutResult = ReadonlyMap<NodeId, Position>

/** The box a node takes on the canvas (NodeShell: 220 px wide, at least 72 px high). */
export const NODE_WIDTH = 220
export const NODE_HEIGHT = 80

/** Actors take part in a layout; free notes do not (they are no part of the network). */
export function splitNotes(input: LayoutInput): {
  actors: MapNode[]
  notes: MapNode[]
  links: MapEdge[]
} {
  const actors = input.nodes.filter((n) => n.kind !== 'note')
  const notes = input.nodes.filter((n) => n.kind === 'note')
  const ids = new Set<string>(actors.map((n) => n.id))
  // One link per pair is enough for a layout; links to notes are ignored.
  const seen = new Set<string>()
  const links = input.edges.filter((e) => {
    if (!ids.has(e.source) || !ids.has(e.target) || e.source === e.target) return false
    const key = e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { actors, notes, links }
}

/** The centre of the nodes' current positions (0,0 when there are none). */
export function centreOf(nodes: readonly { position: Position }[]): Position {
  if (nodes.length === 0) return { x: 0, y: 0 }
  let x = 0
  let y = 0
  for (const n of nodes) {
    x += n.position.x
    y += n.position.y
  }
  return { x: x / nodes.length, y: y / nodes.length }
}

/**
 * Moves computed positions so their bounding box is centred where the actors were before, so
 * the map does not jump away from where everyone was looking; rounds to whole pixels.
 */
export function recentre(positions: Map<NodeId, Position>, centre: Position): void {
  if (positions.size === 0) return
  let minX = Number.POSITIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  let maxX = Number.NEGATIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x)
    minY = Math.min(minY, p.y)
    maxX = Math.max(maxX, p.x)
    maxY = Math.max(maxY, p.y)
  }
  const dx = centre.x - (minX + maxX) / 2
  const dy = centre.y - (minY + maxY) / 2
  for (const [id, p] of positions) {
    positions.set(id, { x: Math.round(p.x + dx), y: Math.round(p.y + dy) })
  }
}

const NOTE_GAP_X = 120
const NOTE_GAP_Y = 40

/**
 * Places free notes aside: in one column to the right of the laid-out actors, in their previous
 * top-to-bottom order, so no note ends up on top of an actor.
 */
export function placeNotesAside(positions: Map<NodeId, Position>, notes: readonly MapNode[]): void {
  if (notes.length === 0) return
  let maxX = Number.NEGATIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  for (const p of positions.values()) {
    maxX = Math.max(maxX, p.x)
    minY = Math.min(minY, p.y)
  }
  if (positions.size === 0) {
    maxX = -NODE_WIDTH - NOTE_GAP_X
    minY = 0
  }
  const ordered = [...notes].sort(
    (a, b) => a.position.y - b.position.y || a.position.x - b.position.x,
  )
  ordered.forEach((note, i) => {
    positions.set(note.id, {
      x: maxX + NODE_WIDTH + NOTE_GAP_X,
      y: minY + i * (NODE_HEIGHT + NOTE_GAP_Y),
    })
  })
}
