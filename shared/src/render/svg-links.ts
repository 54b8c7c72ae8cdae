import type { MapEdge } from '../schema/edge-record.ts'
import type { MapNode } from '../schema/node-record.ts'
import type { EdgeKind } from '../schema/vocabulary.ts'
import { num } from './svg-text.ts'
import {
  LINK_STYLES,
  NODE_HEIGHT,
  NODE_WIDTH,
  PLANNED_DASH,
  STRENGTH_WIDTHS,
} from './visual-language.ts'

interface Point {
  readonly x: number
  readonly y: number
}

const centre = (node: MapNode): Point => ({
  x: node.position.x + NODE_WIDTH / 2,
  y: node.position.y + NODE_HEIGHT / 2,
})

/** Where the ray from a node's centre towards `to` leaves its box (plus a small gap). */
function boxExit(from: Point, to: Point): Point {
  const dx = to.x - from.x
  const dy = to.y - from.y
  if (dx === 0 && dy === 0) return from
  const sx = Math.abs(dx) > 0 ? (NODE_WIDTH / 2 + 3) / Math.abs(dx) : Number.POSITIVE_INFINITY
  const sy = Math.abs(dy) > 0 ? (NODE_HEIGHT / 2 + 3) / Math.abs(dy) : Number.POSITIVE_INFINITY
  const s = Math.min(sx, sy, 1)
  return { x: from.x + dx * s, y: from.y + dy * s }
}

/** Marker definitions (arrowheads at the end, and reversed ones for the start) per used kind. */
export function markerDefs(kinds: Iterable<EdgeKind>): string {
  const defs: string[] = []
  for (const kind of kinds) {
    const color = LINK_STYLES[kind].color
    const marker = (id: string, d: string) =>
      `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto" markerUnits="strokeWidth"><path d="${d}" fill="${color}"/></marker>`
    defs.push(marker(`qn-end-${kind}`, 'M0 0L10 5L0 10Z'))
    defs.push(marker(`qn-start-${kind}`, 'M10 0L0 5L10 10Z').replace('refX="9"', 'refX="1"'))
  }
  return defs.join('')
}

/**
 * One link as a path: straight for a single link between two actors, bent to alternating sides
 * when several links join the same pair, so none hides another.
 */
export function linkElement(edge: MapEdge, source: MapNode, target: MapNode, bend: number): string {
  const a = centre(source)
  const b = centre(target)
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1
  const control = {
    x: mid.x - ((b.y - a.y) / length) * bend,
    y: mid.y + ((b.x - a.x) / length) * bend,
  }
  const start = boxExit(a, bend === 0 ? b : control)
  const end = boxExit(b, bend === 0 ? a : control)
  const style = LINK_STYLES[edge.kind]
  const dash = edge.status === 'planned' ? PLANNED_DASH : style.dash
  const attributes = [
    `fill="none"`,
    `stroke="${style.color}"`,
    `stroke-width="${num(STRENGTH_WIDTHS[edge.strength])}"`,
    `stroke-linecap="round"`,
  ]
  if (dash) attributes.push(`stroke-dasharray="${dash}"`)
  if (edge.direction === 'forward' || edge.direction === 'both')
    attributes.push(`marker-end="url(#qn-end-${edge.kind})"`)
  if (edge.direction === 'backward' || edge.direction === 'both')
    attributes.push(`marker-start="url(#qn-start-${edge.kind})"`)
  const d =
    bend === 0
      ? `M${num(start.x)} ${num(start.y)}L${num(end.x)} ${num(end.y)}`
      : `M${num(start.x)} ${num(start.y)}Q${num(control.x)} ${num(control.y)} ${num(end.x)} ${num(end.y)}`
  return `<path d="${d}" ${attributes.join(' ')}/>`
}

/** The bend of each link: 0 for a lone link, ±28, ±56 … for links sharing a pair of actors. */
export function linkBends(edges: readonly MapEdge[]): Map<string, number> {
  const byPair = new Map<string, MapEdge[]>()
  for (const edge of edges) {
    const key = [edge.source, edge.target].sort().join('\u0000')
    const list = byPair.get(key) ?? []
    list.push(edge)
    byPair.set(key, list)
  }
  const bends = new Map<string, number>()
  for (const list of byPair.values()) {
    // Odd counts keep one straight link in the middle: 0, +28, −28, +56 …; even ones: +28, −28 …
    const skip = list.length % 2
    for (const [i, edge] of list.entries()) {
      const slot = i + 1 - skip
      const offset = slot === 0 ? 0 : Math.ceil(slot / 2) * 28 * (slot % 2 === 1 ? 1 : -1)
      // A link stored the other way round bends to the other side of the same chord.
      bends.set(edge.id, edge.source < edge.target ? offset : -offset)
    }
  }
  return bends
}
