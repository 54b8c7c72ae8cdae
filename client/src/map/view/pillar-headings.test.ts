import { describe, expect, it } from 'vitest'
import type { MapNode, NodeId } from '../../shared.ts'
import { pillarHeadings } from './pillar-headings.ts'

const n = (id: string, x: number, y: number, extra: Partial<MapNode> = {}): MapNode => ({
  id: id as NodeId,
  kind: 'provider',
  label: id,
  position: { x, y },
  ...extra,
})

describe('Säulen headings', () => {
  it('name each column when every sector stands in its own column', () => {
    const headings = pillarHeadings([
      n('a', 0, 0, { sector: 'youth' }),
      n('b', 0, 130, { sector: 'youth' }),
      n('c', 360, 0, { sector: 'health' }),
      n('d', 720, 0),
      n('note', 50, -500, { kind: 'note' }),
    ])
    expect(headings).toEqual([
      { sector: 'youth', x: 0, y: -10 },
      { sector: 'health', x: 360, y: -10 },
      { sector: 'none', x: 720, y: -10 },
    ])
  })

  it('are not shown for a map arranged by hand', () => {
    expect(
      pillarHeadings([n('a', 0, 0, { sector: 'youth' }), n('b', 40, 130, { sector: 'youth' })]),
    ).toBeNull()
  })

  it('are not shown when two sectors share a column or there is only one', () => {
    expect(
      pillarHeadings([n('a', 0, 0, { sector: 'youth' }), n('b', 0, 130, { sector: 'health' })]),
    ).toBeNull()
    expect(pillarHeadings([n('a', 0, 0, { sector: 'youth' })])).toBeNull()
  })
})
