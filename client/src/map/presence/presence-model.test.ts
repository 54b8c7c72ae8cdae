import { describe, expect, it } from 'vitest'
import {
  cleanName,
  PALETTE,
  parseParticipant,
  pickColor,
  remoteSelectionOf,
} from './presence-model.ts'

describe('parseParticipant', () => {
  it('a well-formed state becomes a participant', () => {
    const p = parseParticipant(
      7,
      { user: { name: ' Anna ', color: PALETTE[1] }, cursor: { x: 1, y: 2 }, selection: ['n1'] },
      3,
    )
    expect(p).toEqual({
      clientId: 7,
      name: 'Anna',
      color: PALETTE[1],
      cursor: { x: 1, y: 2 },
      selection: ['n1'],
      self: false,
      hand: false,
    })
  })

  it('a raised hand and the stamped organisation are read; anything else is no hand', () => {
    const p = parseParticipant(7, { user: { name: 'Anna', organisation: ' AWO ' }, hand: true }, 3)
    expect(p).toMatchObject({ hand: true, organisation: 'AWO' })
    expect(parseParticipant(7, { user: { name: 'Anna' }, hand: 'yes' }, 3)?.hand).toBe(false)
  })

  it('a state without a name is nobody', () => {
    expect(parseParticipant(1, { cursor: { x: 1, y: 1 } }, 2)).toBeNull()
    expect(parseParticipant(1, { user: { name: '   ' } }, 2)).toBeNull()
  })

  it('hostile fields are dropped: foreign colours, NaN cursors, non-string selections', () => {
    const p = parseParticipant(
      4,
      {
        user: { name: 'X', color: 'red;background:url(x)' },
        cursor: { x: Number.NaN, y: 1 },
        selection: [1, 'a'],
      },
      4,
    )
    expect(p?.color).toMatch(/^#[0-9a-f]{6}$/)
    expect(p?.cursor).toBeNull()
    expect(p?.selection).toEqual(['a'])
    expect(p?.self).toBe(true)
  })
})

describe('presence helpers', () => {
  it('names are trimmed, collapsed and bounded', () => {
    expect(cleanName('  a   b ')).toBe('a b')
    expect(cleanName('x'.repeat(100))).toHaveLength(60)
  })

  it('a new participant gets a colour nobody uses yet', () => {
    expect(pickColor(new Set([PALETTE[0], PALETTE[1]]), 0)).toBe(PALETTE[2])
  })

  it('remote selections list the others, never ourselves', () => {
    const me = parseParticipant(1, { user: { name: 'Me' }, selection: ['a'] }, 1)
    const other = parseParticipant(
      2,
      { user: { name: 'Bo', color: PALETTE[3] }, selection: ['a', 'b'] },
      1,
    )
    const map = remoteSelectionOf([me, other].filter((p) => p !== null))
    expect(map.get('a')).toEqual([{ name: 'Bo', color: PALETTE[3] }])
    expect(map.get('b')).toHaveLength(1)
  })
})
