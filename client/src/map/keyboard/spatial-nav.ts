export type Direction = 'up' | 'down' | 'left' | 'right'

export interface Box {
  readonly id: string
  /** Centre of the node in flow coordinates. */
  readonly x: number
  readonly y: number
}

/**
 * The node to jump to from `from` in a direction: among the nodes within 60° either side of
 * it, the nearest, counting sideways distance double so the jump goes where the arrow points.
 */
export function nearestInDirection(
  from: Box,
  candidates: readonly Box[],
  direction: Direction,
): Box | null {
  let best: Box | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const c of candidates) {
    if (c.id === from.id) continue
    const dx = c.x - from.x
    const dy = c.y - from.y
    const along =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx)
    // tan(60°) ≈ 1.73: a node must lie more in the arrow's direction than steeply beside it.
    if (along <= 0 || across > along * 1.73) continue
    const score = along + 2 * across
    if (score < bestScore || (score === bestScore && best !== null && c.id < best.id)) {
      best = c
      bestScore = score
    }
  }
  return best
}
