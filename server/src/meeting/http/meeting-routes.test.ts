import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, type MapId, newMapId, renameNode } from '../../../../shared/src/index.ts'
import { generateToken } from '../../auth/tokens.ts'
import { createTestApp, type TestApp } from '../../http/test-app.ts'

interface Created {
  id: string
  editToken: string
  viewToken: string
  facilitatorToken: string
}

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

async function createMap(): Promise<Created> {
  const response = await t.app.request('http://karte.test/api/maps', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Stadtteilkonferenz Kalk' }),
  })
  return (await response.json()) as Created
}

function call(method: string, path: string, token: string | undefined, body?: unknown) {
  const headers: Record<string, string> = {}
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  return t.app.request(`http://karte.test/api${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
}

const session = { title: 'Stadtteilkonferenz November', date: '2026-11-21', place: 'Bürgerhaus' }

/** A map with an open session and an open vote, created with the moderation link. */
async function preparedMap() {
  const map = await createMap()
  const started = await call('POST', `/maps/${map.id}/sessions`, map.facilitatorToken, session)
  const { id: sid } = (await started.json()) as { id: string }
  const opened = await call('POST', `/maps/${map.id}/votes`, map.facilitatorToken, {
    question: 'Wo fehlt Kooperation?',
    dotsPerPerson: 3,
  })
  const { id: vid } = (await opened.json()) as { id: string }
  return { map, sid, vid }
}

type Prepared = Awaited<ReturnType<typeof preparedMap>>

interface Endpoint {
  readonly name: string
  readonly method: string
  readonly path: (p: Prepared) => string
  readonly body?: unknown
  readonly facilitatorOnly: boolean
  readonly ok: number
}

const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'lock',
    method: 'POST',
    path: (p) => `/maps/${p.map.id}/lock`,
    body: { locked: true },
    facilitatorOnly: true,
    ok: 200,
  },
  {
    name: 'rotate',
    method: 'POST',
    path: (p) => `/maps/${p.map.id}/rotate`,
    body: { which: 'both' },
    facilitatorOnly: true,
    ok: 200,
  },
  {
    name: 'delete',
    method: 'DELETE',
    path: (p) => `/maps/${p.map.id}`,
    facilitatorOnly: true,
    ok: 204,
  },
  {
    name: 'end session',
    method: 'POST',
    path: (p) => `/maps/${p.map.id}/sessions/${p.sid}/end`,
    facilitatorOnly: true,
    ok: 200,
  },
  {
    name: 'correct attendance',
    method: 'PUT',
    path: (p) => `/maps/${p.map.id}/sessions/${p.sid}/attendance`,
    body: { attendance: [] },
    facilitatorOnly: true,
    ok: 200,
  },
  {
    name: 'open vote',
    method: 'POST',
    path: (p) => `/maps/${p.map.id}/votes`,
    body: { question: 'Noch eine?', dotsPerPerson: 1 },
    facilitatorOnly: true,
    ok: 201,
  },
  {
    name: 'reveal vote',
    method: 'POST',
    path: (p) => `/maps/${p.map.id}/votes/${p.vid}/reveal`,
    facilitatorOnly: true,
    ok: 200,
  },
  {
    name: 'close vote',
    method: 'POST',
    path: (p) => `/maps/${p.map.id}/votes/${p.vid}/close`,
    facilitatorOnly: true,
    ok: 200,
  },
  {
    name: 'list sessions',
    method: 'GET',
    path: (p) => `/maps/${p.map.id}/sessions`,
    facilitatorOnly: false,
    ok: 200,
  },
  {
    name: 'session details',
    method: 'GET',
    path: (p) => `/maps/${p.map.id}/sessions/${p.sid}`,
    facilitatorOnly: false,
    ok: 200,
  },
  {
    name: 'list votes',
    method: 'GET',
    path: (p) => `/maps/${p.map.id}/votes`,
    facilitatorOnly: false,
    ok: 200,
  },
]

const TOKENS = ['facilitate', 'edit', 'view', 'wrong', 'none'] as const

function tokenOf(name: (typeof TOKENS)[number], map: Created): string | undefined {
  switch (name) {
    case 'facilitate':
      return map.facilitatorToken
    case 'edit':
      return map.editToken
    case 'view':
      return map.viewToken
    case 'wrong':
      return generateToken()
    case 'none':
      return undefined
  }
}

describe('the role matrix of the meeting endpoints', () => {
  for (const endpoint of ENDPOINTS) {
    for (const tokenName of TOKENS) {
      const expected =
        tokenName === 'wrong' || tokenName === 'none'
          ? 404
          : tokenName === 'facilitate' || !endpoint.facilitatorOnly
            ? endpoint.ok
            : 403
      it(`${endpoint.name} with the ${tokenName} token answers ${expected}`, async () => {
        const prepared = await preparedMap()
        const response = await call(
          endpoint.method,
          endpoint.path(prepared),
          tokenOf(tokenName, prepared.map),
          endpoint.body,
        )
        expect(response.status).toBe(expected)
      })
    }
    it(`${endpoint.name} on an unknown map answers 404 even with a moderation token`, async () => {
      const prepared = await preparedMap()
      const path = endpoint.path(prepared).replace(prepared.map.id, newMapId())
      const response = await call(
        endpoint.method,
        path,
        prepared.map.facilitatorToken,
        endpoint.body,
      )
      expect(response.status).toBe(404)
    })
  }
})

describe('meeting endpoints', () => {
  it('locking is reported to every token and survives in the map row', async () => {
    const map = await createMap()
    await call('POST', `/maps/${map.id}/lock`, map.facilitatorToken, { locked: true })
    const info = await call('GET', `/maps/${map.id}`, map.viewToken)
    expect(await info.json()).toMatchObject({ role: 'view', locked: true })
    await call('POST', `/maps/${map.id}/lock`, map.facilitatorToken, { locked: false })
    expect(await (await call('GET', `/maps/${map.id}`, map.editToken)).json()).toMatchObject({
      locked: false,
    })
  })

  it('rotating the edit link returns a new one and the old one stops working', async () => {
    const map = await createMap()
    const response = await call('POST', `/maps/${map.id}/rotate`, map.facilitatorToken, {
      which: 'edit',
    })
    const rotated = (await response.json()) as { editToken: string; editUrl: string }
    expect(rotated).not.toHaveProperty('viewToken')
    expect(rotated.editUrl).toBe(`http://karte.test/m/${map.id}#t=${rotated.editToken}`)
    expect((await call('GET', `/maps/${map.id}`, map.editToken)).status).toBe(404)
    expect((await call('GET', `/maps/${map.id}`, rotated.editToken)).status).toBe(200)
    expect((await call('GET', `/maps/${map.id}`, map.viewToken)).status).toBe(200)
  })

  it('a second session cannot start while one is open, and an ended one cannot end again', async () => {
    const { map, sid } = await preparedMap()
    const again = await call('POST', `/maps/${map.id}/sessions`, map.facilitatorToken, session)
    expect(again.status).toBe(409)
    expect(
      (await call('POST', `/maps/${map.id}/sessions/${sid}/end`, map.facilitatorToken)).status,
    ).toBe(200)
    expect(
      (await call('POST', `/maps/${map.id}/sessions/${sid}/end`, map.facilitatorToken)).status,
    ).toBe(409)
    const list = (await (await call('GET', `/maps/${map.id}/sessions`, map.viewToken)).json()) as {
      sessions: { id: string; endedAt: number | null; place: string }[]
    }
    expect(list.sessions).toHaveLength(1)
    expect(list.sessions[0]).toMatchObject({ id: sid, place: 'Bürgerhaus' })
    expect(list.sessions[0]?.endedAt).toBeTypeOf('number')
  })

  it('session details say what is new and what changed since the session began', async () => {
    const map = await createMap()
    const mapId = map.id as MapId
    // Edits go straight into the journal, as the collab layer writes them.
    const doc = new Y.Doc()
    const stored = await t.store.loadDocument(mapId)
    for (const update of [stored?.snapshot, ...(stored?.journal ?? []).map((e) => e.data)]) {
      if (update) Y.applyUpdate(doc, update)
    }
    doc.on('update', (update: Uint8Array) => t.store.appendUpdate(mapId, update))
    const old = addNode(doc, { kind: 'provider', label: 'Caritas', position: { x: 0, y: 0 } })
    const started = await call('POST', `/maps/${map.id}/sessions`, map.facilitatorToken, session)
    const { id: sid } = (await started.json()) as { id: string }
    renameNode(doc, old, 'Caritas Köln')
    const added = addNode(doc, { kind: 'service', label: 'Kita', position: { x: 9, y: 9 } })
    const details = await (
      await call('GET', `/maps/${map.id}/sessions/${sid}`, map.viewToken)
    ).json()
    expect(details.diff).toEqual({ added: [added], changed: [old], removed: [] })
    // After the end, later edits no longer count for this session.
    await call('POST', `/maps/${map.id}/sessions/${sid}/end`, map.facilitatorToken)
    addNode(doc, { kind: 'service', label: 'Später', position: { x: 0, y: 9 } })
    const ended = await (await call('GET', `/maps/${map.id}/sessions/${sid}`, map.viewToken)).json()
    expect(ended.diff).toEqual({ added: [added], changed: [old], removed: [] })
  })

  it('refuses a session without a valid date and a vote with zero dots', async () => {
    const map = await createMap()
    const bad = await call('POST', `/maps/${map.id}/sessions`, map.facilitatorToken, {
      title: 'x',
      date: '21.11.2026',
    })
    expect(bad.status).toBe(400)
    const vote = await call('POST', `/maps/${map.id}/votes`, map.facilitatorToken, {
      question: 'x',
      dotsPerPerson: 0,
    })
    expect(vote.status).toBe(400)
  })

  it('the facilitator corrects attendance: names, organisations and who was present', async () => {
    const { map, sid } = await preparedMap()
    const put = await call(
      'PUT',
      `/maps/${map.id}/sessions/${sid}/attendance`,
      map.facilitatorToken,
      {
        attendance: [
          { participantId: 'anna-0001', name: 'Anna Schmidt', organisation: 'AWO', present: true },
          { participantId: 'bert-0001', name: 'Bert', present: false },
        ],
      },
    )
    expect(put.status).toBe(200)
    const details = (await (
      await call('GET', `/maps/${map.id}/sessions/${sid}`, map.editToken)
    ).json()) as {
      attendance: { name: string; present: boolean; organisation?: string }[]
    }
    expect(details.attendance.map((a) => [a.name, a.organisation, a.present])).toEqual([
      ['Anna Schmidt', 'AWO', true],
      ['Bert', undefined, false],
    ])
  })

  it('vote results are hidden from participants until revealed, never from the facilitator', async () => {
    const { map, vid } = await preparedMap()
    await t.store.setDots(vid, 'anna-0001', 'n1', 2)
    const forEdit = await (await call('GET', `/maps/${map.id}/votes`, map.editToken)).json()
    expect(forEdit.votes[0]).not.toHaveProperty('results')
    const forFacilitator = await (
      await call('GET', `/maps/${map.id}/votes`, map.facilitatorToken)
    ).json()
    expect(forFacilitator.votes[0].results).toEqual({ n1: 2 })
    await call('POST', `/maps/${map.id}/votes/${vid}/reveal`, map.facilitatorToken)
    const revealed = await (await call('GET', `/maps/${map.id}/votes`, map.viewToken)).json()
    expect(revealed.votes[0]).toMatchObject({ revealed: true, results: { n1: 2 } })
  })

  it('a deleted map answers 404 to every token and cannot be created again', async () => {
    const map = await createMap()
    expect((await call('DELETE', `/maps/${map.id}`, map.facilitatorToken)).status).toBe(204)
    for (const token of [map.facilitatorToken, map.editToken, map.viewToken]) {
      expect((await call('GET', `/maps/${map.id}`, token)).status).toBe(404)
    }
    expect(await t.store.isDeleted(map.id as MapId)).toBe(true)
  })
})
