import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RECENT_MAPS_KEY, type RecentMap } from '../../start/recent-maps.ts'
import { mayOpenLocally, openMapInfo, rememberedMapInfo } from './open-map-info.ts'

const recent: RecentMap = {
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  title: 'Stadtteilkonferenz Kalk',
  area: 'Köln-Kalk',
  role: 'edit',
  token: 'edit-token',
  openedAt: 1,
}

describe('opening a map without the server', () => {
  it('uses the title, area and role this browser remembered for the same link', () => {
    expect(rememberedMapInfo(recent, 'edit-token')).toEqual({
      id: 'AbCdEfGhIjKlMnOpQrStUv',
      title: 'Stadtteilkonferenz Kalk',
      area: 'Köln-Kalk',
      role: 'edit',
      locked: false,
    })
  })

  it('opens another link of the same map read-only, so no edit is refused later', () => {
    expect(rememberedMapInfo(recent, 'view-token')?.role).toBe('view')
  })

  it('has nothing to open for a map this browser never opened', () => {
    expect(rememberedMapInfo(undefined, 'edit-token')).toBeNull()
  })

  it('falls back when the server is unreachable or failing, never for a refused link', () => {
    expect(mayOpenLocally({ ok: false, reason: 'offline' })).toBe(true)
    expect(mayOpenLocally({ ok: false, reason: 'server' })).toBe(true)
    // Deleted map or revoked link: the copy must be deleted, not opened (DSGVO).
    expect(mayOpenLocally({ ok: false, reason: 'notFound' })).toBe(false)
    expect(mayOpenLocally({ ok: true, info: { id: 'x', title: 'x', role: 'edit' } })).toBe(false)
  })
})

describe('openMapInfo', () => {
  const id = recent.id
  let stored: RecentMap[] = []
  let databases: string[] = []
  let answer: () => Promise<Response> = () => Promise.reject(new TypeError('Failed to fetch'))

  beforeEach(() => {
    stored = [recent]
    databases = [`quartiersnetz-map-${id}`]
    answer = () => Promise.reject(new TypeError('Failed to fetch'))
    vi.stubGlobal('fetch', () => answer())
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => (key === RECENT_MAPS_KEY ? JSON.stringify(stored) : null),
      setItem: () => {},
    })
    vi.stubGlobal('indexedDB', {
      databases: async () => databases.map((name) => ({ name, version: 1 })),
    })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('opens the remembered map from its local copy when the network is down', async () => {
    await expect(openMapInfo(id, 'edit-token')).resolves.toEqual({
      ok: true,
      fromLocalCopy: true,
      info: rememberedMapInfo(recent, 'edit-token'),
    })
  })

  it('says "offline" for a map this browser does not know or holds no copy of', async () => {
    stored = []
    await expect(openMapInfo(id, 'edit-token')).resolves.toEqual({ ok: false, reason: 'offline' })
    stored = [recent]
    databases = []
    await expect(openMapInfo(id, 'edit-token')).resolves.toEqual({ ok: false, reason: 'offline' })
  })

  it('prefers the server, and never opens the copy of a map the server refuses', async () => {
    const info = { id, title: 'Neuer Titel', role: 'edit' }
    answer = async () => Response.json(info)
    await expect(openMapInfo(id, 'edit-token')).resolves.toMatchObject({
      ok: true,
      fromLocalCopy: false,
      info: { title: 'Neuer Titel' },
    })
    answer = async () => new Response('not found', { status: 404 })
    await expect(openMapInfo(id, 'edit-token')).resolves.toEqual({ ok: false, reason: 'notFound' })
  })

  it('opens the copy when the server answers with an error', async () => {
    answer = async () => new Response('bad gateway', { status: 502 })
    await expect(openMapInfo(id, 'edit-token')).resolves.toMatchObject({ fromLocalCopy: true })
  })
})
