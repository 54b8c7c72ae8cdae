import { describe, expect, it } from 'vitest'
import {
  parseRecentMaps,
  RECENT_MAPS_LIMIT,
  type RecentMap,
  recentMapHref,
  withOpened,
  without,
} from './recent-maps.ts'

const map = (id: string, openedAt: number, role: 'edit' | 'view' = 'edit'): RecentMap => ({
  id,
  title: `Karte ${id}`,
  role,
  token: `${role}-token-${id}`,
  openedAt,
})

describe('the list of recently opened maps', () => {
  it('puts the map just opened on top, once', () => {
    const list = withOpened([map('a', 2), map('b', 1)], map('b', 3))
    expect(list.map((m) => m.id)).toEqual(['b', 'a'])
    expect(list[0]?.openedAt).toBe(3)
  })

  it('keeps the edit token when the same map is later opened with its view link', () => {
    const list = withOpened([map('a', 1, 'edit')], { ...map('a', 2, 'view'), title: 'Neu' })
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      role: 'edit',
      token: 'edit-token-a',
      title: 'Neu',
      openedAt: 2,
    })
  })

  it('takes an edit token over a view token', () => {
    const list = withOpened([map('a', 1, 'view')], map('a', 2, 'edit'))
    expect(list[0]).toMatchObject({ role: 'edit', token: 'edit-token-a' })
  })

  it(`remembers at most ${RECENT_MAPS_LIMIT} maps, dropping the oldest`, () => {
    let list: RecentMap[] = []
    for (let i = 0; i < RECENT_MAPS_LIMIT + 5; i++) list = withOpened(list, map(`m${i}`, i))
    expect(list).toHaveLength(RECENT_MAPS_LIMIT)
    expect(list.at(-1)?.id).toBe('m5')
  })

  it('forgets one map and leaves the others', () => {
    expect(without([map('a', 2), map('b', 1)], 'a').map((m) => m.id)).toEqual(['b'])
  })

  it('reads the stored list newest first and drops entries it cannot trust', () => {
    const raw = JSON.stringify([
      map('old', 1),
      { id: 'x', title: 'kein Token', role: 'edit', openedAt: 5 },
      { ...map('r', 4), role: 'admin' },
      map('new', 9),
    ])
    expect(parseRecentMaps(raw).map((m) => m.id)).toEqual(['new', 'old'])
  })

  it('treats missing or broken storage as an empty list', () => {
    expect(parseRecentMaps(null)).toEqual([])
    expect(parseRecentMaps('{nope')).toEqual([])
    expect(parseRecentMaps('{"id":"a"}')).toEqual([])
  })

  it('links to the map with the token in the fragment, never in the query', () => {
    expect(recentMapHref(map('abc', 1))).toBe('/m/abc#t=edit-token-abc')
  })
})
