import { describe, expect, it } from 'vitest'
import { changedRecords } from './session-changes.ts'

const changes = [
  { at: 1, participantId: 'p1', name: 'Aylin', nodeIds: ['a', 'b'], edgeIds: [] },
  { at: 5, participantId: 'p2', name: 'Bernd', nodeIds: ['a'], edgeIds: ['e'] },
  { at: 7, participantId: null, name: null, nodeIds: ['c'], edgeIds: [] },
]

describe('changedRecords', () => {
  it('names everyone who touched a record, newest change first', () => {
    const list = changedRecords(changes, () => true)
    expect(list.map((c) => c.id)).toEqual(['c', 'a', 'e', 'b'])
    expect(list.find((c) => c.id === 'a')?.by).toEqual(['Aylin', 'Bernd'])
    expect(list.find((c) => c.id === 'c')?.by).toEqual([null])
  })

  it('without the server diff, what is gone is removed and the rest touched', () => {
    const list = changedRecords(changes, (id) => id !== 'b')
    expect(list.find((c) => c.id === 'b')?.change).toBe('removed')
    expect(list.find((c) => c.id === 'a')?.change).toBe('touched')
  })

  it('with the server diff, records are classed by it and merely moved ones left out', () => {
    const list = changedRecords(changes, () => true, {
      added: ['a', 'e'],
      changed: ['c'],
      removed: [],
    })
    expect(list.map((c) => [c.id, c.change])).toEqual([
      ['c', 'changed'],
      ['a', 'added'],
      ['e', 'added'],
    ])
  })
})
