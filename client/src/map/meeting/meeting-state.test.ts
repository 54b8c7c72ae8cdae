import { describe, expect, it } from 'vitest'
import { INITIAL_MEETING, rankedResults, reduceMeeting, remainingDots } from './meeting-state.ts'

const vote = {
  id: 'v1',
  question: 'Wo fehlt Kooperation?',
  dotsPerPerson: 3,
  openedAt: 1,
  closedAt: null,
  revealed: false,
}
const state = (extra: object) =>
  JSON.stringify({ type: 'state', locked: false, session: null, vote: null, ...extra })

describe('reduceMeeting', () => {
  it('the lock is unknown until the first state, then follows it', () => {
    expect(INITIAL_MEETING.received).toBe(false)
    const locked = reduceMeeting(INITIAL_MEETING, state({ locked: true }))
    expect(locked).toMatchObject({ received: true, locked: true })
    expect(reduceMeeting(locked, state({ locked: false })).locked).toBe(false)
  })

  it('payloads that are not meeting messages change nothing', () => {
    expect(reduceMeeting(INITIAL_MEETING, 'not json')).toBe(INITIAL_MEETING)
    expect(reduceMeeting(INITIAL_MEETING, '{"type":"other"}')).toBe(INITIAL_MEETING)
  })

  it('our dots count down and are forgotten when a new vote opens', () => {
    let s = reduceMeeting(INITIAL_MEETING, state({ vote }))
    expect(remainingDots(s)).toBe(3)
    s = reduceMeeting(
      s,
      JSON.stringify({ type: 'dots', voteId: 'v1', remaining: 2, mine: { a: 1 } }),
    )
    expect(remainingDots(s)).toBe(2)
    s = reduceMeeting(s, state({ vote: { ...vote, id: 'v2', dotsPerPerson: 5 } }))
    expect(s.dots).toBeNull()
    expect(remainingDots(s)).toBe(5)
  })

  it('a closed vote leaves no dots to place', () => {
    const s = reduceMeeting(INITIAL_MEETING, state({ vote: { ...vote, closedAt: 9 } }))
    expect(remainingDots(s)).toBe(0)
  })

  it('a refusal is kept until the next accepted dot', () => {
    let s = reduceMeeting(
      INITIAL_MEETING,
      JSON.stringify({ type: 'refused', about: 'dot', reason: 'no-dots-left' }),
    )
    expect(s.refused).toBe('no-dots-left')
    s = reduceMeeting(s, JSON.stringify({ type: 'dots', voteId: 'v1', remaining: 0, mine: {} }))
    expect(s.refused).toBeNull()
  })
})

describe('rankedResults', () => {
  it('ranks revealed results by dots and hides records without any', () => {
    const revealed = { ...vote, revealed: true, results: { b: 2, a: 2, c: 5, d: 0 } }
    expect(rankedResults(revealed)).toEqual([
      { recordId: 'c', dots: 5 },
      { recordId: 'a', dots: 2 },
      { recordId: 'b', dots: 2 },
    ])
    expect(rankedResults(vote)).toEqual([])
  })
})
