import type { SortState } from './table-sort.ts'

interface Props<K extends string> {
  readonly column: K
  readonly label: string
  readonly sort: SortState<K>
  readonly onSort: (key: K) => void
}

/** A column header with a sort button; aria-sort tells screen readers the current order. */
export function SortHeader<K extends string>({ column, label, sort, onSort }: Props<K>) {
  const active = sort.key === column
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="qn-table__sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="qn-table__arrow">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}
