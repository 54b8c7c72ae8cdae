import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
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
