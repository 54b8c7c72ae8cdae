import { z } from 'zod'
import { isRecordId } from '../schema/ids.ts'
import { ROLES } from './meeting-types.ts'

/*
 * The ephemeral meeting signals travel in Yjs awareness (never in the document):
 *
 * - `user` — stamped by the SERVER from the connection's `identify` ({participantId, name,
 *   organisation, color, role, verified: true}); whatever a client puts there is overwritten.
 *   Before a connection has identified, its own `user` passes only as {name, color, role,
 *   verified: false} (so presence works), and nobody may rely on it.
 * - `hand` (anyone) — a raised hand.
 * - `viewport` (anyone) — the participant's current view, so others can follow them.
 * - `summon` (facilitator only) — "Alle zu mir": participants move to this viewport once per
 *   distinct `at`; moving the canvas themselves ends the following.
 * - `spotlight` (facilitator only) — one node or link everybody's view highlights.
 * - `timer` (facilitator only) — a visible countdown for a round.
 *
 * The server strips the facilitator-only fields from everyone else's awareness, and drops any
 * field that does not match its schema.
 */

export const viewportSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().positive().max(100),
})
export type Viewport = z.infer<typeof viewportSchema>

export const awarenessUserSchema = z.object({
  verified: z.boolean(),
  participantId: z.string().optional(),
  name: z.string(),
  organisation: z.string().optional(),
  color: z.string().optional(),
  role: z.enum(ROLES),
})

export const summonSchema = z.object({ viewport: viewportSchema, at: z.number().finite() })
export const spotlightSchema = z.object({ recordId: z.string().refine(isRecordId) }).nullable()
export const timerSchema = z
  .object({ endsAt: z.number().finite(), label: z.string().max(120).optional() })
  .nullable()

/** Awareness fields anybody may set, with their schemas. */
export const PARTICIPANT_AWARENESS_FIELDS = {
  hand: z.boolean(),
  viewport: viewportSchema,
} as const

/** Awareness fields only a facilitator's connection may carry. */
export const FACILITATOR_AWARENESS_FIELDS = {
  summon: summonSchema,
  spotlight: spotlightSchema,
  timer: timerSchema,
} as const

/** The meeting part of one awareness state, as the server lets it through. */
export interface MeetingAwareness {
  readonly user?: z.infer<typeof awarenessUserSchema>
  readonly hand?: boolean
  readonly viewport?: Viewport
  readonly summon?: z.infer<typeof summonSchema>
  readonly spotlight?: z.infer<typeof spotlightSchema>
  readonly timer?: z.infer<typeof timerSchema>
}
