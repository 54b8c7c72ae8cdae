import type { Position } from '../../shared.ts'

/** The default node box; used to centre new nodes and to keep them from overlapping. */
export const NODE_WIDTH = 220
export const NODE_HEIGHT = 72
// Wide enough horizontally for a link with its label between two neighbours.
const GAP_X = 130
const GAP_Y = 60
const MAX_RING = 6

function* ring(r: number): Generator<[number, number]> {
  if (r === 0) {
    yield [0, 0]
    return
  }
  // Right and left first, so a second node lands beside the first where a link reads well.
  for (let dy = 0; dy <= r; dy++) {
    for (const sy of dy === 0 ? [1] : [1, -1]) {
      yield [r, sy * dy]
      yield [-r, sy * dy]
    }
  }
  for (let dx = r - 1; dx >= 0; dx--) {
    for (const sx of dx === 0 ? [1] : [1, -1]) {
      yield [sx * dx, r]
      yield [sx * dx, -r]
    }
  }
}

/**
 * Where a new node goes: centred on `center` if that spot is free, otherwise in the nearest free
 * cell around it, so adding several nodes in a row never stacks them on top of each other.
 */
export function placeNode(center: Position, occupied: readonly Position[]): Position {
  const origin = { x: center.x - NODE_WIDTH / 2, y: center.y - NODE_HEIGHT / 2 }
  const free = (p: Position) =>
    !occupied.some(
      (o) =>
        Math.abs(o.x - p.x) < NODE_WIDTH + GAP_X / 2 &&
        Math.abs(o.y - p.y) < NODE_HEIGHT + GAP_Y / 2,
    )
  for (let r = 0; r <= MAX_RING; r++) {
    for (const [cx, cy] of ring(r)) {
      const candidate = {
        x: origin.x + cx * (NODE_WIDTH + GAP_X),
        y: origin.y + cy * (NODE_HEIGHT + GAP_Y),
      }
      if (free(candidate)) return { x: Math.round(candidate.x), y: Math.round(candidate.y) }
    }
  }
  return { x: Math.round(origin.x), y: Math.round(origin.y) }
}
