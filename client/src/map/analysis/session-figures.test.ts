import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchLatestSession } from './session-figures.ts'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const figures = { actors: 6, links: 3, eiIndex: -1, crossSectorShare: 0, crossSectorPairs: 0 }

afterEach(() => vi.unstubAllGlobals())

describe('the newest session for the comparison', () => {
  it('asks for the newest session with the token in a header and reads its figures', async () => {
    const calls: [string, RequestInit | undefined][] = []
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      calls.push([url, init])
      return url.endsWith('/sessions')
        ? json({ sessions: [{ id: 's2' }, { id: 's1' }] })
        : json({
            session: { id: 's2', title: 'November', endedAt: null },
            start: figures,
            end: { ...figures, links: 4 },
          })
    })
    const data = await fetchLatestSession('m1', 'geheim')
    expect(calls.map(([url]) => url)).toEqual([
      '/api/maps/m1/sessions',
      '/api/maps/m1/sessions/s2/analysis',
    ])
    expect(calls[0]?.[1]?.headers).toEqual({ authorization: 'Bearer geheim' })
    // While it runs, "now" comes from the live analysis, not from the server's answer.
    expect(data).toEqual({
      title: 'November',
      running: true,
      start: { actors: 6, links: 3, eiIndex: -1, crossSectorShare: 0 },
      end: null,
    })
  })

  it('uses the end figures of an ended session', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('/sessions')
        ? json({ sessions: [{ id: 's1' }] })
        : json({
            session: { title: 'Oktober', endedAt: 5 },
            start: figures,
            end: { ...figures, links: 4 },
          }),
    )
    expect((await fetchLatestSession('m1', 't'))?.end).toMatchObject({ links: 4 })
  })

  it('is null without sessions or when the server refuses', async () => {
    vi.stubGlobal('fetch', async () => json({ sessions: [] }))
    expect(await fetchLatestSession('m1', 't')).toBeNull()
    vi.stubGlobal('fetch', async () => json({ error: 'not_found' }, 404))
    expect(await fetchLatestSession('m1', 't')).toBeNull()
  })
})
