import {
  spotlightSchema,
  summonSchema,
  timerSchema,
  type Viewport,
  viewportSchema,
} from '../../../../shared/src/meeting/awareness-fields.ts'

/*
 * The meeting signals read from other participants' awareness. The server already strips the
 * facilitator-only fields from everyone else; we still only believe them from a state whose
 * stamped user says `facilitate`, and parse every field (peers can send anything).
 *
 * Contract: `viewport` and `summon.viewport` are the CENTRE of the sender's view in flow
 * coordinates plus the zoom, so a phone and a projector show the same middle of the map.
 */

export type AwarenessStates = ReadonlyMap<number, Record<string, unknown>>

export interface Summon {
  readonly viewport: Viewport
  readonly at: number
}

export interface Timer {
  readonly endsAt: number
  readonly label?: string
}

const isFacilitator = (state: Record<string, unknown>): boolean => {
  const user = state.user as { role?: unknown; verified?: unknown } | undefined
  return user?.role === 'facilitate'
}

/**
 * Whose facilitator fields count: others' by their stamped role; our own local state is never
 * stamped (the server stamps what it forwards), so it counts when our link is the moderation one.
 */
export interface Self {
  readonly clientId: number
  readonly facilitates: boolean
}

function facilitatorField<T>(
  states: AwarenessStates,
  self: Self,
  read: (state: Record<string, unknown>) => T | null,
): T | null {
  for (const [clientId, state] of states) {
    const counts = clientId === self.clientId ? self.facilitates : isFacilitator(state)
    if (!counts) continue
    const value = read(state)
    if (value !== null) return value
  }
  return null
}

/** The newest "Alle zu mir" of any facilitator other than us. */
export function latestSummon(states: AwarenessStates, selfId: number): Summon | null {
  let latest: Summon | null = null
  for (const [clientId, state] of states) {
    if (clientId === selfId || !isFacilitator(state)) continue
    const parsed = summonSchema.safeParse(state.summon)
    if (parsed.success && (latest === null || parsed.data.at > latest.at)) latest = parsed.data
  }
  return latest
}

/**
 * Whether a summon should move us: only one we have not followed yet, so a participant who
 * has moved away since is not pulled back on every awareness change.
 */
export function summonToApply(summon: Summon | null, lastAppliedAt: number | null): Summon | null {
  if (!summon) return null
  return lastAppliedAt === null || summon.at > lastAppliedAt ? summon : null
}

/** The record a facilitator spotlights for everyone (ourselves included), if any. */
export function spotlightOf(states: AwarenessStates, self: Self): string | null {
  return facilitatorField(states, self, (state) => {
    const parsed = spotlightSchema.safeParse(state.spotlight)
    return parsed.success && parsed.data ? parsed.data.recordId : null
  })
}

/** The round's timer a facilitator runs (ourselves included), if any. */
export function timerOf(states: AwarenessStates, self: Self): Timer | null {
  return facilitatorField(states, self, (state) => {
    const parsed = timerSchema.safeParse(state.timer)
    if (!parsed.success || !parsed.data) return null
    const { endsAt, label } = parsed.data
    return label ? { endsAt, label } : { endsAt }
  })
}

/** The viewport of the participant we follow; null when they left or never shared one. */
export function followedViewport(states: AwarenessStates, following: number | null) {
  if (following === null) return null
  const parsed = viewportSchema.safeParse(states.get(following)?.viewport)
  return parsed.success ? parsed.data : null
}

/** Two viewports close enough that moving would only jitter. */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-3
}
