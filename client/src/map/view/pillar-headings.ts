import type { MapNode } from '../../shared.ts'
import { NO_SECTOR, type SectorChoice } from './view-filter.ts'

export interface PillarHeading {
  readonly sector: SectorChoice
  /** Left edge of the column, in flow coordinates. */
  readonly x: number
  /** The bottom of the heading: just above the column's top node. */
  readonly y: number
}

const HEADING_GAP = 10

/**
 * Headings for the Säulen view, when the map is arranged in it: every sector's actors share one
 * column (same x) and no two sectors share one. Null otherwise, so a hand-made map shows none.
 */
export function pillarHeadings(nodes: readonly MapNode[]): PillarHeading[] | null {
  const columns = new Map<SectorChoice, { x: number; top: number }>()
  for (const node of nodes) {
    if (node.kind === 'note') continue
    const sector = node.sector ?? NO_SECTOR
    const column = columns.get(sector)
    if (!column) columns.set(sector, { x: node.position.x, top: node.position.y })
    else if (Math.abs(column.x - node.position.x) > 1) return null
    else column.top = Math.min(column.top, node.position.y)
  }
  if (columns.size < 2) return null
  const xs = [...columns.values()].map((c) => Math.round(c.x))
  if (new Set(xs).size !== xs.length) return null
  const top = Math.min(...[...columns.values()].map((c) => c.top))
  return [...columns].map(([sector, c]) => ({ sector, x: c.x, y: top - HEADING_GAP }))
}
