import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addEdge, addNode, type MapId, writeMusterviertel } from '../../../../shared/src/index.ts'
import { createMap } from '../../app/create-map.ts'
import { createTestApp, type TestApp } from '../test-app.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

/** Stores a change to a map the way the collaboration server does: as a journal entry. */
function journal(mapId: MapId, write: (doc: Y.Doc) => void) {
  const doc = new Y.Doc()
  doc.on('update', (update: Uint8Array) => t.store.appendUpdate(mapId, update))
  write(doc)
  doc.destroy()
}

const analysis = (id: string, token?: string) =>
  t.app.request(`http://karte.test/api/maps/${id}/analysis`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })

describe('GET /api/maps/:id/analysis', () => {
  it('gives null figures for a new, empty map', async () => {
    const map = await createMap(t.store, { title: 'Leer' })
    const response = await analysis(map.id, map.viewToken)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      eiIndex: { overall: null, bySector: {} },
      crossSectorShare: null,
      density: null,
      components: [],
      isolates: [],
      brokers: [],
      communities: [],
      suggestions: [],
    })
  })

  it('computes the figures of the stored map, journal included, for a view token', async () => {
    const map = await createMap(t.store, { title: 'Kalk' })
    let ids: string[] = []
    journal(map.id, (doc) => {
      const a = addNode(doc, {
        kind: 'agency',
        label: 'Jugendamt',
        position: { x: 0, y: 0 },
        sector: 'youth',
      })
      const b = addNode(doc, {
        kind: 'service',
        label: 'Kita',
        position: { x: 1, y: 0 },
        sector: 'youth',
      })
      const c = addNode(doc, {
        kind: 'agency',
        label: 'Gesundheitsamt',
        position: { x: 2, y: 0 },
        sector: 'health',
      })
      const d = addNode(doc, {
        kind: 'residentGroup',
        label: 'Elterncafé',
        position: { x: 3, y: 0 },
      })
      addEdge(doc, { source: a, target: b, kind: 'funding' })
      addEdge(doc, { source: b, target: c, kind: 'cooperation' })
      ids = [a, b, c, d]
    })
    const response = await analysis(map.id, map.viewToken)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.eiIndex).toEqual({ overall: 0, bySector: { youth: 0, health: 1 } })
    expect(body.crossSectorShare).toBe(0.5)
    expect(body.density).toBeCloseTo(2 / 6)
    expect(body.isolates).toEqual([ids[3]])
    expect(body.brokers).toEqual([{ id: ids[1], betweenness: expect.any(Number) }])
    expect(body.components).toHaveLength(2)
  })

  it('works with the edit token on a realistic map', async () => {
    const map = await createMap(t.store, { title: 'Musterviertel' })
    journal(map.id, (doc) => writeMusterviertel(doc))
    const body = await (await analysis(map.id, map.editToken)).json()
    expect(body.actors).toBe(26)
    expect(body.communities.length).toBeGreaterThan(1)
    expect(body.brokers.length).toBeGreaterThan(0)
  })

  it('answers 404 alike for no token, a wrong token, an unknown and a malformed map id', async () => {
    const map = await createMap(t.store, { title: 'Geheim' })
    const other = await createMap(t.store, { title: 'Andere' })
    for (const [id, token] of [
      [map.id, undefined],
      [map.id, 'x'.repeat(43)],
      [map.id, other.editToken],
      ['AAAAAAAAAAAAAAAAAAAAAA', map.editToken],
      ['..%2F..%2Fetc', map.editToken],
    ] as const) {
      const response = await analysis(id, token)
      expect(response.status).toBe(404)
      expect(await response.json()).toMatchObject({ error: { code: 'not_found' } })
    }
  })
})
