import type { Role, VoteInfo } from '../../../shared/src/index.ts'

/** A vote as a role may see it: totals only once revealed, or for the facilitator. */
export function visibleVote(vote: VoteInfo, role: Role): VoteInfo {
  if (vote.revealed || role === 'facilitate') return vote
  const { results: _hidden, ...rest } = vote
  return rest
}

/** How many dots a participant has placed, and where. */
export function dotsOf(mine: ReadonlyMap<string, number> | undefined): {
  used: number
  byRecord: Record<string, number>
} {
  const byRecord: Record<string, number> = {}
  let used = 0
  for (const [recordId, dots] of mine ?? []) {
    if (dots <= 0) continue
    byRecord[recordId] = dots
    used += dots
  }
  return { used, byRecord }
}
