import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MapId, newMapId } from '../../../shared/src/index.ts'
import type { SessionInfo, VoteInfo } from '../../../shared/src/meeting/meeting-types.ts'
import type { MapStore } from './map-store.ts'
import { SessionAlreadyOpenError } from './meeting-store.ts'
import type { StoreHarness } from './store-contract.ts'

const session = (id: string, startedAt: number): SessionInfo => ({
  id,
  title: `Stadtteilkonferenz ${id}`,
  date: '2026-11-21',
  place: 'Bürgerhaus Kalk',
  facilitator: 'Moderation Meyer',
  startedAt,
  endedAt: null,
})

const vote = (id: string, openedAt: number): VoteInfo => ({
  id,
  question: 'Wo fehlt Kooperation?',
  dotsPerPerson: 3,
  openedAt,
  closedAt: null,
  revealed: false,
})

/** The meeting behaviour (sessions, attendance, changes, votes) every MapStore must show. */
export function runMeetingStoreContract(
  name: string,
  createHarness: () => Promise<StoreHarness>,
): void {
  describe(`${name} meeting store contract`, () => {
    let harness: StoreHarness
    let store: MapStore
    let mapId: MapId

    beforeEach(async () => {
      harness = await createHarness()
      store = await harness.open()
      mapId = newMapId()
      await store.createMap(
        {
          id: mapId,
          title: 't',
          area: null,
          editTokenHash: 'a'.repeat(64),
          viewTokenHash: 'b'.repeat(64),
          createdAt: 1,
        },
        new Uint8Array([0, 0]),
      )
    })
    afterEach(async () => {
      await store.close()
      await harness.dispose()
    })

    it('keeps a session with both snapshots and lists sessions newest first', async () => {
      await store.createSession(mapId, session('s1', 100), new Uint8Array([1, 2]))
      expect((await store.openSession(mapId))?.id).toBe('s1')
      expect(await store.endSession(mapId, 's1', 200, new Uint8Array([3]))).toBe(true)
      expect(await store.endSession(mapId, 's1', 300, new Uint8Array([4]))).toBe(false)
      expect(await store.openSession(mapId)).toBeNull()
      await store.createSession(mapId, session('s2', 400), new Uint8Array([5]))
      expect((await store.listSessions(mapId)).map((s) => s.id)).toEqual(['s2', 's1'])
      const details = await store.getSession(mapId, 's1')
      expect(details?.info).toEqual({ ...session('s1', 100), endedAt: 200 })
      expect([...(details?.startSnapshot ?? [])]).toEqual([1, 2])
      expect([...(details?.endSnapshot ?? [])]).toEqual([3])
      expect((await store.getSession(mapId, 's2'))?.endSnapshot).toBeNull()
      expect(await store.getSession(newMapId(), 's1')).toBeNull()
    })

    it('refuses a second open session on the same map', async () => {
      await store.createSession(mapId, session('s1', 100), new Uint8Array([1]))
      await expect(
        store.createSession(mapId, session('s2', 200), new Uint8Array([1])),
      ).rejects.toBeInstanceOf(SessionAlreadyOpenError)
    })

    it('keeps the first sighting of a participant and replaces attendance when corrected', async () => {
      await store.createSession(mapId, session('s1', 100), new Uint8Array([1]))
      const anna = { participantId: 'anna-0001', name: 'Anna', present: true, firstSeenAt: 110 }
      await store.recordAttendance('s1', anna)
      await store.recordAttendance('s1', { ...anna, name: 'Anna again', firstSeenAt: 150 })
      await store.recordAttendance('s1', {
        participantId: 'bert-0001',
        name: 'Bert',
        organisation: 'AWO',
        present: true,
        firstSeenAt: 120,
      })
      expect((await store.getSession(mapId, 's1'))?.attendance).toEqual([
        anna,
        {
          participantId: 'bert-0001',
          name: 'Bert',
          organisation: 'AWO',
          present: true,
          firstSeenAt: 120,
        },
      ])
      await store.replaceAttendance('s1', [{ ...anna, name: 'Anna Schmidt', present: false }])
      expect((await store.getSession(mapId, 's1'))?.attendance).toEqual([
        { ...anna, name: 'Anna Schmidt', present: false },
      ])
    })

    it('returns the changes of a session in time order', async () => {
      await store.createSession(mapId, session('s1', 100), new Uint8Array([1]))
      const later = { at: 300, participantId: null, name: null, nodeIds: [], edgeIds: ['e1'] }
      const earlier = { at: 200, participantId: 'p1', name: 'Anna', nodeIds: ['n1'], edgeIds: [] }
      await store.appendChanges('s1', [later, earlier])
      expect((await store.getSession(mapId, 's1'))?.changes).toEqual([earlier, later])
    })

    it('counts dots per record and voters, and keeps revealed and closed', async () => {
      await store.createSession(mapId, session('s1', 100), new Uint8Array([1]))
      await store.createVote(mapId, 's1', vote('v1', 150))
      await store.setDots('v1', 'p1', 'n1', 2)
      await store.setDots('v1', 'p2', 'n1', 1)
      await store.setDots('v1', 'p2', 'n2', 1)
      await store.setDots('v1', 'p2', 'n2', 0)
      const stored = await store.getVote(mapId, 'v1')
      expect(stored?.info.results).toEqual({ n1: 3 })
      expect(stored?.info.voters).toBe(2)
      expect(stored?.dots.get('p1')?.get('n1')).toBe(2)
      expect(stored?.dots.get('p2')?.has('n2')).toBe(false)
      await store.updateVote('v1', { revealed: true, closedAt: 400 })
      const [listed] = await store.listVotes(mapId)
      expect(listed).toMatchObject({ id: 'v1', revealed: true, closedAt: 400 })
      expect((await store.getSession(mapId, 's1'))?.votes.map((v) => v.id)).toEqual(['v1'])
      expect(await store.getVote(newMapId(), 'v1')).toBeNull()
    })

    it('removes every session, change and vote with the map', async () => {
      await store.createSession(mapId, session('s1', 100), new Uint8Array([1]))
      await store.appendChanges('s1', [
        { at: 1, participantId: 'p', name: 'n', nodeIds: ['x'], edgeIds: [] },
      ])
      await store.createVote(mapId, 's1', vote('v1', 150))
      await store.deleteMap(mapId)
      expect(await store.listSessions(mapId)).toEqual([])
      expect(await store.getSession(mapId, 's1')).toBeNull()
      expect(await store.listVotes(mapId)).toEqual([])
    })
  })
}
