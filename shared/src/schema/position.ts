import { z } from 'zod'

/** Positions are bounded so that no replica ever renders NaN, Infinity or a lost node. */
export const COORDINATE_LIMIT = 1_000_000

export const positionSchema = z.object({
  x: z.number().finite().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT),
  y: z.number().finite().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT),
})
export type Position = z.infer<typeof positionSchema>

/** Clamps a position into the valid range; NaN becomes 0. */
export function clampPosition(p: { x: number; y: number }): Position {
  const clamp = (v: number) =>
    Number.isFinite(v) ? Math.max(-COORDINATE_LIMIT, Math.min(COORDINATE_LIMIT, v)) : 0
  return { x: clamp(p.x), y: clamp(p.y) }
}
