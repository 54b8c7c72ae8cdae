import { describe, expect, it } from 'vitest'
import {
  followedViewport,
  latestSummon,
  sameViewport,
  spotlightOf,
  summonToApply,
  timerOf,
} from './meeting-awareness.ts'

const facilitator = { name: 'Moderation', role: 'facilitate', verified: true }
const participant = { name: 'Aylin', role: 'edit', verified: true }
const view = { x: 10, y: 20, zoom: 1 }
const nobody = { clientId: -1, facilitates: false }

describe('meeting awareness', () => {
  it('a summon counts only from a facilitator and only once per distinct time', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: facilitator, summon: { viewport: view, at: 5 } }],
      [2, { user: participant, summon: { viewport: { x: 0, y: 0, zoom: 2 }, at: 9 } }],
    ])
    const summon = latestSummon(states, 3)
    expect(summon).toEqual({ viewport: view, at: 5 })
    expect(summonToApply(summon, null)).toEqual(summon)
    expect(summonToApply(summon, 5)).toBeNull()
    expect(summonToApply({ viewport: view, at: 6 }, 5)?.at).toBe(6)
  })

  it('the facilitator is not summoned by themselves', () => {
    const states = new Map([[1, { user: facilitator, summon: { viewport: view, at: 5 } }]])
    expect(latestSummon(states, 1)).toBeNull()
  })

  it('spotlight and timer are read from the facilitator and validated', () => {
    const states = new Map<number, Record<string, unknown>>([
      [2, { user: participant, spotlight: { recordId: 'AAAAAAAAAAAAAAAAAAAAA' } }],
      [1, { user: facilitator, spotlight: { recordId: 'n_abcdefgh12' }, timer: { endsAt: 99 } }],
    ])
    expect(spotlightOf(states, nobody)).toBe('n_abcdefgh12')
    expect(timerOf(states, nobody)).toEqual({ endsAt: 99 })
    const bad = new Map([[1, { user: facilitator, spotlight: { recordId: '<script>' } }]])
    expect(spotlightOf(bad, nobody)).toBeNull()
    expect(timerOf(new Map([[1, { user: facilitator, timer: null }]]), nobody)).toBeNull()
  })

  it('our own unstamped state counts only when our link is the moderation link', () => {
    const own = new Map([[3, { user: { name: 'Mona' }, timer: { endsAt: 42 } }]])
    expect(timerOf(own, { clientId: 3, facilitates: true })).toEqual({ endsAt: 42 })
    expect(timerOf(own, { clientId: 3, facilitates: false })).toBeNull()
  })

  it('following reads the followed participant’s viewport and nothing else', () => {
    const states = new Map<number, Record<string, unknown>>([
      [4, { user: participant, viewport: view }],
      [5, { user: participant, viewport: { x: 'a' } }],
    ])
    expect(followedViewport(states, 4)).toEqual(view)
    expect(followedViewport(states, 5)).toBeNull()
    expect(followedViewport(states, 6)).toBeNull()
    expect(followedViewport(states, null)).toBeNull()
  })

  it('tiny differences do not count as a move', () => {
    expect(sameViewport(view, { x: 10.1, y: 20, zoom: 1 })).toBe(true)
    expect(sameViewport(view, { x: 30, y: 20, zoom: 1 })).toBe(false)
  })
})
