import { brotliDecompressSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNode,
  CURRENT_SCHEMA_VERSION,
  isMapId,
  type MapId,
  newMapId,
  readMap,
} from '../../../../shared/src/index.ts'
import { hashToken, isTokenShaped } from '../../auth/tokens.ts'
import { createTestApp, type TestApp } from '../test-app.ts'
import { MAX_API_BODY_BYTES } from './maps.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

interface Created {
  id: string
  editToken: string
  viewToken: string
  editUrl: string
  viewUrl: string
  facilitatorToken: string
  facilitatorUrl: string
}

const post = (app: TestApp, body: string, headers: Record<string, string> = {}) =>
  app.app.request('http://karte.test/api/maps', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })

async function create(app: TestApp, input: object = { title: 'Kalk', area: 'Kalk-Nord' }) {
  const response = await post(app, JSON.stringify(input))
  expect(response.status).toBe(201)
  return (await response.json()) as Created
}

describe('POST /api/maps', () => {
  it('creates a map with two tokens and share links that carry the token in the fragment', async () => {
    const created = await create(t)
    expect(isMapId(created.id)).toBe(true)
    expect(isTokenShaped(created.editToken)).toBe(true)
    expect(isTokenShaped(created.viewToken)).toBe(true)
    expect(created.editToken).not.toBe(created.viewToken)
    expect(created.editUrl).toBe(`http://karte.test/m/${created.id}#t=${created.editToken}`)
    expect(created.viewUrl).toBe(`http://karte.test/m/${created.id}#t=${created.viewToken}`)
    expect(isTokenShaped(created.facilitatorToken)).toBe(true)
    expect(new Set([created.editToken, created.viewToken, created.facilitatorToken]).size).toBe(3)
    expect(created.facilitatorUrl).toBe(
      `http://karte.test/m/${created.id}#t=${created.facilitatorToken}`,
    )
  })

  it('stores only token hashes and a first snapshot written by the server', async () => {
    const created = await create(t, { title: '  Sozialraumkonferenz  ', area: 'Mülheim' })
    const record = await t.store.getMap(created.id as MapId)
    expect(record?.editTokenHash).toBe(hashToken(created.editToken))
    expect(record?.viewTokenHash).toBe(hashToken(created.viewToken))
    expect(record?.facilitatorTokenHash).toBe(hashToken(created.facilitatorToken))
    const stored = await t.store.loadDocument(created.id as MapId)
    const doc = new Y.Doc()
    if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot)
    expect(readMap(doc).meta).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      title: 'Sozialraumkonferenz',
      area: 'Mülheim',
    })
  })

  it('builds share links from PUBLIC_URL when it is configured', async () => {
    const behindProxy = createTestApp({ publicUrl: 'https://karte.example.org' })
    const created = await create(behindProxy)
    expect(created.editUrl).toBe(`https://karte.example.org/m/${created.id}#t=${created.editToken}`)
    await behindProxy.dispose()
  })

  it('rejects a missing title in German by default and in English on request', async () => {
    const german = await post(t, JSON.stringify({ title: '   ' }))
    expect(german.status).toBe(400)
    const de = (await german.json()) as { error: { code: string; message: string } }
    expect(de.error.code).toBe('invalid_input')
    expect(de.error.message).toMatch(/Titel/)

    const english = await post(t, JSON.stringify({}), {
      'accept-language': 'en-GB,en;q=0.9,de;q=0.5',
    })
    const en = (await english.json()) as { error: { code: string; message: string } }
    expect(en.error.message).toMatch(/title/)
  })

  it('rejects broken JSON, other content types and oversized bodies', async () => {
    const broken = await post(t, '{"title":')
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_json' } })

    const form = await post(t, 'title=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(415)

    const huge = await post(t, JSON.stringify({ title: 'x'.repeat(MAX_API_BODY_BYTES) }))
    expect(huge.status).toBe(413)
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('never lets a cache keep the tokens', async () => {
    const response = await post(t, JSON.stringify({ title: 'x' }))
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})

describe('GET /api/maps/:id', () => {
  const get = (id: string, token?: string) =>
    t.app.request(`/api/maps/${id}`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    })

  it('tells the edit and the view token their role', async () => {
    const created = await create(t)
    expect(await (await get(created.id, created.editToken)).json()).toEqual({
      id: created.id,
      title: 'Kalk',
      area: 'Kalk-Nord',
      role: 'edit',
      locked: false,
    })
    expect(await (await get(created.id, created.viewToken)).json()).toMatchObject({ role: 'view' })
    expect(await (await get(created.id, created.facilitatorToken)).json()).toMatchObject({
      role: 'facilitate',
      locked: false,
    })
  })

  it('answers an unknown map and a wrong token with the same 404', async () => {
    const created = await create(t)
    const other = await create(t)
    const responses = [
      await get(created.id),
      await get(created.id, other.editToken),
      await get(created.id, 'not-a-token'),
      await get(newMapId(), created.editToken),
      await get('../../etc/passwd', created.editToken),
    ]
    const bodies = await Promise.all(responses.map((r) => r.text()))
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404])
    const [first, ...rest] = bodies.slice(0, 4)
    for (const body of rest) expect(body).toBe(first)
  })
})

describe('GET /api/maps/:id/state', () => {
  const getState = (id: string, token?: string, headers: Record<string, string> = {}) =>
    t.app.request(`/api/maps/${id}/state`, {
      headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...headers },
    })
  const docOf = (bytes: Uint8Array) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, bytes)
    return doc
  }

  it('gives every role the map as one Yjs update, never cached', async () => {
    const created = await create(t, { title: 'Kalk', sample: 'musterviertel' })
    const stored = await t.store.loadDocument(created.id as MapId)
    const expected = readMap(docOf(stored?.snapshot ?? new Uint8Array()))
    expect(expected.nodes.length).toBeGreaterThan(10)
    for (const token of [created.editToken, created.viewToken, created.facilitatorToken]) {
      const response = await getState(created.id, token)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/octet-stream')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(readMap(docOf(new Uint8Array(await response.arrayBuffer())))).toEqual(expected)
    }
  })

  it('includes the journal after the snapshot, and leaves out an entry that does not decode', async () => {
    const created = await create(t)
    const id = created.id as MapId
    const doc = docOf((await t.store.loadDocument(id))?.snapshot ?? new Uint8Array())
    const changes: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => changes.push(update))
    addNode(doc, { label: 'Stadtteilbüro', kind: 'provider', position: { x: 0, y: 0 } })
    t.store.appendUpdate(id, new Uint8Array([0xff, 0xff, 0xff]))
    for (const change of changes) t.store.appendUpdate(id, change)
    const response = await getState(created.id, created.viewToken)
    expect(response.status).toBe(200)
    const labels = readMap(docOf(new Uint8Array(await response.arrayBuffer()))).nodes
    expect(labels.map((n) => n.label)).toEqual(['Stadtteilbüro'])
  })

  it('compresses the state when the browser accepts it (it holds no token)', async () => {
    const created = await create(t, { title: 'Kalk', sample: 'musterviertel' })
    const plain = new Uint8Array(
      await (await getState(created.id, created.editToken)).arrayBuffer(),
    )
    const response = await getState(created.id, created.editToken, {
      'accept-encoding': 'gzip, br',
    })
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    const compressed = Buffer.from(await response.arrayBuffer())
    expect(compressed.length).toBeLessThan(plain.length / 2)
    expect(new Uint8Array(brotliDecompressSync(compressed))).toEqual(plain)
  })

  it('answers an unknown map and a wrong token with the same 404, in the asked language', async () => {
    const created = await create(t)
    const other = await create(t)
    const responses = [
      await getState(created.id),
      await getState(created.id, other.editToken),
      await getState(newMapId(), created.editToken),
    ]
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404])
    const bodies = await Promise.all(responses.map((r) => r.json()))
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1)
    const english = await getState(created.id, 'wrong', { 'accept-language': 'en' })
    expect(JSON.stringify(await english.json())).toContain('not found')
  })
})
