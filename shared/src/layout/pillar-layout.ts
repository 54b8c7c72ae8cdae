import type { NodeId } from '../schema/ids.ts'
import type { MapNode } from '../schema/node-record.ts'
import type { Position } from '../schema/position.ts'
import { ACTOR_KINDS, SECTORS, type Sector } from '../schema/vocabulary.ts'
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

/** Horizontal room per Säule and vertical room per actor. */
export const PILLAR_WIDTH = NODE_WIDTH + 140
export const PILLAR_ROW = NODE_HEIGHT + 50

const NO_SECTOR = 'none'
type Column = Sector | typeof NO_SECTOR

/** The columns a map gets: its sectors in vocabulary order, actors without one last. */
export function pillarColumns(nodes: readonly MapNode[]): Column[] {
  const used = new Set<Column>(
    nodes.filter((n) => n.kind !== 'note').map((n) => n.sector ?? NO_SECTOR),
  )
  const columns: Column[] = SECTORS.filter((s) => used.has(s))
  if (used.has(NO_SECTOR)) columns.push(NO_SECTOR)
  return columns
}

/**
 * The Säulen view: one column per sector (the pillars of DESIGN.md §1), so every link between
 * columns — across pillars — runs sideways and stands out. Within a column, actors are ordered
 * by kind and then by name (German collation), so each pillar reads like a list.
 */
export function pillarLayout(input: LayoutInput): LayoutResult {
  const { actors, notes } = splitNotes(input)
  const centre = centreOf(actors)
  const columns = pillarColumns(actors)
  const byColumn = new Map<Column, MapNode[]>(columns.map((c) => [c, []]))
  for (const actor of actors) byColumn.get(actor.sector ?? NO_SECTOR)?.push(actor)
  const collator = new Intl.Collator('de')
  const kindRank = (n: MapNode) => (ACTOR_KINDS as readonly string[]).indexOf(n.kind)
  const positions = new Map<NodeId, Position>()
  columns.forEach((column, col) => {
    const members = byColumn.get(column) ?? []
    members.sort((a, b) => kindRank(a) - kindRank(b) || collator.compare(a.label, b.label))
    members.forEach((actor, row) => {
      positions.set(actor.id, { x: col * PILLAR_WIDTH, y: row * PILLAR_ROW })
    })
  })
  // Pillars hang from one top line: recentre only horizontally around the old centre.
  const top = Math.min(...actors.map((a) => a.position.y), centre.y)
  recentre(positions, centre)
  const shiftY = top - Math.min(...[...positions.values()].map((p) => p.y))
  for (const [id, p] of positions) positions.set(id, { x: p.x, y: Math.round(p.y + shiftY) })
  placeNotesAside(positions, notes)
  return positions
}
