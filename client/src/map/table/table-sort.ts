/** Rows per page: enough to scan, few enough that a 1 000-actor map stays quick to edit. */
export const PAGE_SIZE = 100

/** Which column a table is sorted by, and which way. */
export interface SortState<K extends string> {
  readonly key: K
  readonly direction: 'ascending' | 'descending'
}

/** A sort key per column: text is compared with the UI language's collation, numbers as numbers. */
export type SortKeys<Row, K extends string> = Readonly<Record<K, (row: Row) => string | number>>

/** Clicking a header: a new column sorts ascending, the same column flips the direction. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: 'ascending' }
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}

/**
 * Rows sorted by one column; ties keep their document order (a stable sort), so a remote edit
 * does not shuffle equal rows under the reader's eyes.
 */
export function sortRows<Row, K extends string>(
  rows: readonly Row[],
  keys: SortKeys<Row, K>,
  sort: SortState<K>,
  collator: Intl.Collator,
): Row[] {
  const keyOf = keys[sort.key]
  const sign = sort.direction === 'ascending' ? 1 : -1
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row) }))
  keyed.sort((a, b) => {
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key))
    return order === 0 ? a.index - b.index : sign * order
  })
  return keyed.map((k) => k.row)
}

/** The rows of one page (pages count from 0) and how many pages there are. */
export function pageOf<Row>(
  rows: readonly Row[],
  page: number,
  size: number,
): { rows: Row[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size))
  const clamped = Math.min(Math.max(0, page), pages - 1)
  return { rows: rows.slice(clamped * size, (clamped + 1) * size), page: clamped, pages }
}
