import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addEdge, addNode, type MapId, type NodeId } from '../../../../shared/src/index.ts'
import { createMap } from '../../app/create-map.ts'
import { createTestApp, type TestApp } from '../test-app.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

const sessionAnalysis = (id: string, sid: string, token?: string) =>
  t.app.request(`http://karte.test/api/maps/${id}/sessions/${sid}/analysis`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })

/** Two actors of different Säulen; `linked` adds the cooperation between them. */
function state(linked: boolean): { update: Uint8Array; write: (doc: Y.Doc) => void } {
  const write = (doc: Y.Doc) => {
    const a = addNode(
      doc,
      { kind: 'agency', label: 'Jugendamt', position: { x: 0, y: 0 }, sector: 'youth' },
      null,
      'n-a' as NodeId,
    )
    const b = addNode(
      doc,
      { kind: 'service', label: 'Praxis', position: { x: 1, y: 0 }, sector: 'health' },
      null,
      'n-b' as NodeId,
    )
    if (linked) addEdge(doc, { source: a, target: b, kind: 'cooperation' })
  }
  const doc = new Y.Doc()
  write(doc)
  return { update: Y.encodeStateAsUpdate(doc), write }
}

const info = (id: string, endedAt: number | null = null) => ({
  id,
  title: 'Stadtteilkonferenz',
  date: '2026-11-21',
  startedAt: 100,
  endedAt,
})

describe('GET /api/maps/:id/sessions/:sid/analysis', () => {
  it('compares the figures at the start and at the end of an ended session', async () => {
    const map = await createMap(t.store, { title: 'Kalk' })
    const mapId = map.id as MapId
    await t.store.createSession(mapId, info('s1'), state(false).update)
    await t.store.endSession(mapId, 's1', 200, state(true).update)
    const response = await sessionAnalysis(map.id, 's1', map.viewToken)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      session: { id: 's1' },
      start: { actors: 2, links: 0, eiIndex: null, crossSectorShare: null },
      end: { actors: 2, links: 1, eiIndex: 1, crossSectorShare: 1, crossSectorPairs: 1 },
    })
  })

  it('compares with the stored map while the session still runs', async () => {
    const map = await createMap(t.store, { title: 'Kalk' })
    const mapId = map.id as MapId
    await t.store.createSession(mapId, info('s2'), state(false).update)
    const response = await sessionAnalysis(map.id, 's2', map.viewToken)
    expect(await response.json()).toMatchObject({
      start: { actors: 2 },
      end: { actors: 0, links: 0 },
    })
  })

  it('tells nothing without a valid token or for an unknown session', async () => {
    const map = await createMap(t.store, { title: 'Kalk' })
    await t.store.createSession(map.id as MapId, info('s3'), state(false).update)
    expect((await sessionAnalysis(map.id, 's3')).status).toBe(404)
    expect((await sessionAnalysis(map.id, 's3', 'falsch')).status).toBe(404)
    expect((await sessionAnalysis(map.id, 'nope', map.viewToken)).status).toBe(404)
  })
})
