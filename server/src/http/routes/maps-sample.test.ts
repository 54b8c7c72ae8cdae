import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type MapId, readMap } from '../../../../shared/src/index.ts'
import { createTestApp, type TestApp } from '../test-app.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

const post = (body: object) =>
  t.app.request('http://karte.test/api/maps', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

async function storedModel(id: string) {
  const stored = await t.store.loadDocument(id as MapId)
  const doc = new Y.Doc()
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot)
  return readMap(doc)
}

describe('POST /api/maps with a sample', () => {
  it('fills the new map with the Musterviertel network, written by the server', async () => {
    const response = await post({ title: 'Musterviertel', sample: 'musterviertel' })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }
    const model = await storedModel(id)
    expect(model.nodes.length).toBeGreaterThan(20)
    expect(model.edges.length).toBeGreaterThan(20)
    expect(model.nodes.map((n) => n.label)).toContain('Jugendamt')
    expect(model.meta).toMatchObject({ title: 'Musterviertel', area: 'Musterviertel-Nord' })
    expect((await t.store.getMap(id as MapId))?.area).toBe('Musterviertel-Nord')
  })

  it('keeps the title and area the user chose for the sample map', async () => {
    const response = await post({ title: 'Probe', area: 'Kalk', sample: 'musterviertel' })
    const { id } = (await response.json()) as { id: string }
    const model = await storedModel(id)
    expect(model.meta).toMatchObject({ title: 'Probe', area: 'Kalk' })
    expect(model.nodes.length).toBeGreaterThan(20)
  })

  it('rejects a sample it does not know', async () => {
    const response = await post({ title: 'X', sample: 'rm -rf' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { code: string } }
    expect(body.error.code).toBe('invalid_input')
  })

  it('creates an empty map when no sample is asked for', async () => {
    const response = await post({ title: 'Leer' })
    const { id } = (await response.json()) as { id: string }
    expect((await storedModel(id)).nodes).toEqual([])
  })
})
