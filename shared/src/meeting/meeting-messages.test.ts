import { describe, expect, it } from 'vitest'
import { FACILITATOR_AWARENESS_FIELDS, PARTICIPANT_AWARENESS_FIELDS } from './awareness-fields.ts'
import { dotMessageSchema, parseServerMeetingMessage } from './meeting-messages.ts'

describe('meeting messages', () => {
  it('a dot message accepts one dot up or down on a record id only', () => {
    const dot = { type: 'dot', voteId: 'v1', recordId: 'n1', delta: 1 }
    expect(dotMessageSchema.safeParse(dot).success).toBe(true)
    expect(dotMessageSchema.safeParse({ ...dot, delta: 2 }).success).toBe(false)
    expect(dotMessageSchema.safeParse({ ...dot, recordId: '__proto__' }).success).toBe(false)
  })

  it('a server payload is recognised only when it is a known meeting message', () => {
    expect(parseServerMeetingMessage('{"type":"state","locked":true}')).toMatchObject({
      type: 'state',
      locked: true,
    })
    expect(parseServerMeetingMessage('{"type":"other"}')).toBeNull()
    expect(parseServerMeetingMessage('not json')).toBeNull()
  })

  it('awareness fields reject malformed values', () => {
    expect(PARTICIPANT_AWARENESS_FIELDS.viewport.safeParse({ x: 1, y: 2, zoom: 0 }).success).toBe(
      false,
    )
    expect(FACILITATOR_AWARENESS_FIELDS.spotlight.safeParse(null).success).toBe(true)
    expect(FACILITATOR_AWARENESS_FIELDS.timer.safeParse({ endsAt: 'soon' }).success).toBe(false)
  })
})
