import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  addNode,
  CURRENT_SCHEMA_VERSION,
  initMapDoc,
  metaMap,
  readMap,
} from '../../../../shared/src/index.ts'
import { docFromFirstState, firstState } from './first-state.ts'
import { prefetchMapState, takeMapState } from './map-state.ts'

function storedMap(schemaVersion = CURRENT_SCHEMA_VERSION): Uint8Array {
  const doc = new Y.Doc()
  initMapDoc(doc, { title: 'Kalk', area: 'Kalk-Nord' })
  addNode(doc, { kind: 'provider', label: 'Caritas Kalk', position: { x: 0, y: 0 } })
  metaMap(doc).set('schemaVersion', schemaVersion)
  return Y.encodeStateAsUpdate(doc)
}

function answer(body: Uint8Array | null, status = 200) {
  return vi.fn(async () => new Response(body as BodyInit | null, { status }))
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('docFromFirstState', () => {
  it('holds the map the server sent', () => {
    const doc = docFromFirstState(storedMap())
    expect(doc && readMap(doc).nodes.map((n) => n.label)).toEqual(['Caritas Kalk'])
  })

  it('leaves out a map stored before a migration: only the server migrates it', () => {
    expect(docFromFirstState(storedMap(CURRENT_SCHEMA_VERSION - 1))).toBeNull()
    expect(docFromFirstState(storedMap(CURRENT_SCHEMA_VERSION + 1))).toBeNull()
  })

  it('leaves out an answer that is not a Yjs update', () => {
    expect(docFromFirstState(new Uint8Array([0xff, 0xff, 0xff]))).toBeNull()
    expect(docFromFirstState(new TextEncoder().encode('<html>Proxy error</html>'))).toBeNull()
  })
})

describe('the state request', () => {
  it('sends the token in a header and gives the bytes', async () => {
    const fetch = answer(storedMap())
    vi.stubGlobal('fetch', fetch)
    const state = await takeMapState('m1', 'tok')
    expect(state && docFromFirstState(state)).not.toBeNull()
    expect(fetch).toHaveBeenCalledWith('/api/maps/m1/state', {
      headers: { authorization: 'Bearer tok' },
    })
  })

  it('gives nothing for a refused link, a server error or no network', async () => {
    vi.stubGlobal('fetch', answer(null, 404))
    expect(await takeMapState('m1', 'tok')).toBeNull()
    vi.stubGlobal('fetch', answer(null, 500))
    expect(await takeMapState('m1', 'tok')).toBeNull()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    expect(await takeMapState('m1', 'tok')).toBeNull()
  })

  it('asked at start, is taken once by the page for the same map and link', async () => {
    const fetch = answer(storedMap())
    vi.stubGlobal('fetch', fetch)
    prefetchMapState('m1', 'tok')
    expect(await takeMapState('m2', 'tok')).not.toBeNull() // another map: asks itself
    expect(await takeMapState('m1', 'other')).not.toBeNull() // another link: asks itself
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(await takeMapState('m1', 'tok')).not.toBeNull() // the early answer
    expect(fetch).toHaveBeenCalledTimes(3)
    await takeMapState('m1', 'tok') // taken: a new request
    expect(fetch).toHaveBeenCalledTimes(4)
  })

  it('the connection does not wait longer than FIRST_STATE_WAIT_MS for it', async () => {
    vi.useFakeTimers()
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    )
    const state = firstState('m1', 'tok', 3000)
    await vi.advanceTimersByTimeAsync(2999)
    let settled = false
    void state.then(() => {
      settled = true
    })
    await Promise.resolve()
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await state).toBeNull()
  })
})
