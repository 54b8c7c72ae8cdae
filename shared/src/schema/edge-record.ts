import { z } from 'zod'
import type { EdgeId, NodeId } from './ids.ts'
import { EDGE_DIRECTIONS, EDGE_KINDS, EDGE_STATUSES } from './vocabulary.ts'

export const EDGE_NOTE_MAX_LENGTH = 1000

export const edgeKindSchema = z.enum(EDGE_KINDS)
export const edgeStatusSchema = z.enum(EDGE_STATUSES)
export const edgeDirectionSchema = z.enum(EDGE_DIRECTIONS)
export const edgeStrengthSchema = z.union([z.literal(1), z.literal(2), z.literal(3)])

/** A link as stored under `doc.getMap('edges').get(id)` (schema v2, DESIGN.md §4). */
export const edgeRecordSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  kind: edgeKindSchema,
  status: edgeStatusSchema,
  /** 1 loose, 2 regular, 3 close (v2; readers default to 2). */
  strength: edgeStrengthSchema.optional(),
  /** Which way the link points (v2; readers default by kind). */
  direction: edgeDirectionSchema.optional(),
  /** A note on the link, e.g. what the cooperation is about (v2). */
  note: z.string().max(EDGE_NOTE_MAX_LENGTH).optional(),
})
export type EdgeRecord = z.infer<typeof edgeRecordSchema>

/** A link with its id, typed endpoints and defaults filled in, as every reader sees it. */
export type MapEdge = Omit<EdgeRecord, 'source' | 'target' | 'strength' | 'direction'> & {
  readonly id: EdgeId
  readonly source: NodeId
  readonly target: NodeId
  readonly strength: NonNullable<EdgeRecord['strength']>
  readonly direction: NonNullable<EdgeRecord['direction']>
}
