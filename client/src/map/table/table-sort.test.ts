import { describe, expect, it } from 'vitest'
import { nextSort, pageOf, type SortKeys, sortRows } from './table-sort.ts'

interface Row {
  readonly name: string
  readonly links: number
}
const keys: SortKeys<Row, 'name' | 'links'> = { name: (r) => r.name, links: (r) => r.links }
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true })
const rows: Row[] = [
  { name: 'Zentrum', links: 2 },
  { name: 'Ärztehaus', links: 10 },
  { name: 'awo', links: 2 },
  { name: 'Akteur 10', links: 1 },
  { name: 'Akteur 9', links: 3 },
]

describe('sorting table rows', () => {
  it('sorts names by German collation: umlauts beside their letter, case ignored, numbers by value', () => {
    const sorted = sortRows(rows, keys, { key: 'name', direction: 'ascending' }, collator)
    expect(sorted.map((r) => r.name)).toEqual([
      'Akteur 9',
      'Akteur 10',
      'Ärztehaus',
      'awo',
      'Zentrum',
    ])
  })

  it('sorts counts as numbers, descending when asked', () => {
    const sorted = sortRows(rows, keys, { key: 'links', direction: 'descending' }, collator)
    expect(sorted.map((r) => r.links)).toEqual([10, 3, 2, 2, 1])
  })

  it('keeps equal rows in document order in both directions', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows, keys, { key: 'links', direction }, collator)
      const twos = sorted.filter((r) => r.links === 2).map((r) => r.name)
      expect(twos).toEqual(['Zentrum', 'awo'])
    }
  })

  it('does not change the rows it was given', () => {
    const before = rows.map((r) => r.name)
    sortRows(rows, keys, { key: 'name', direction: 'descending' }, collator)
    expect(rows.map((r) => r.name)).toEqual(before)
  })
})

describe('the sort a header click asks for', () => {
  it('starts a new column ascending and flips the same column', () => {
    const first = nextSort({ key: 'name', direction: 'ascending' }, 'links')
    expect(first).toEqual({ key: 'links', direction: 'ascending' })
    expect(nextSort(first, 'links')).toEqual({ key: 'links', direction: 'descending' })
    expect(nextSort(nextSort(first, 'links'), 'links').direction).toBe('ascending')
  })
})

describe('pages of a long table', () => {
  const many = Array.from({ length: 1000 }, (_, i) => i)

  it('cuts 1 000 rows into pages of 100', () => {
    const last = pageOf(many, 9, 100)
    expect(last.pages).toBe(10)
    expect(last.rows).toHaveLength(100)
    expect(last.rows[0]).toBe(900)
  })

  it('moves to the last page that still exists when rows disappear', () => {
    expect(pageOf(many.slice(0, 150), 9, 100)).toMatchObject({ page: 1, pages: 2 })
    expect(pageOf([], 3, 100)).toMatchObject({ page: 0, pages: 1, rows: [] })
  })
})
