import { type MapId, randomId, type VoteInfo } from '../../../shared/src/index.ts'
import type { Meeting } from './meeting.ts'

/** Opens a vote (closing any other open one); it belongs to the open session, if any. */
export function openVote(
  meeting: Meeting,
  mapId: MapId,
  input: { question: string; dotsPerPerson: number },
): Promise<VoteInfo> {
  return meeting.serialize(mapId, async () => {
    const now = Date.now()
    for (const vote of await meeting.store.listVotes(mapId)) {
      if (vote.closedAt === null) await meeting.store.updateVote(vote.id, { closedAt: now })
    }
    const info: VoteInfo = {
      id: randomId(),
      question: input.question,
      dotsPerPerson: input.dotsPerPerson,
      openedAt: now,
      closedAt: null,
      revealed: false,
    }
    const session = await meeting.openSession(mapId)
    await meeting.store.createVote(mapId, session?.id ?? null, info)
    await meeting.broadcastState(mapId)
    return { ...info, results: {}, voters: 0 }
  })
}

/** Reveals or closes a vote and tells everyone; null when the map has no such vote. */
export function changeVote(
  meeting: Meeting,
  mapId: MapId,
  voteId: string,
  change: 'reveal' | 'close',
): Promise<VoteInfo | null> {
  return meeting.serialize(mapId, async () => {
    const vote = await meeting.store.getVote(mapId, voteId)
    if (!vote) return null
    await meeting.store.updateVote(
      voteId,
      change === 'reveal' ? { revealed: true } : { closedAt: vote.info.closedAt ?? Date.now() },
    )
    await meeting.broadcastState(mapId)
    return (await meeting.store.getVote(mapId, voteId))?.info ?? null
  })
}
