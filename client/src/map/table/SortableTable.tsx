import { type ReactNode, useId, useMemo, useState } from 'react'
import { Pager } from './Pager.tsx'
import { SortHeader } from './SortHeader.tsx'
import {
  nextSort,
  PAGE_SIZE,
  pageOf,
  type SortKeys,
  type SortState,
  sortRows,
} from './table-sort.ts'

interface Props<Row, Column extends string> {
  /** The section heading (with the row count), its table's hidden caption and the pager's name. */
  readonly heading: string
  readonly caption: string
  readonly pagerLabel: string
  /** The columns in order, each with its header text; every column is sortable. */
  readonly columns: readonly { readonly key: Column; readonly label: string }[]
  readonly rows: readonly Row[]
  readonly sortKeys: SortKeys<Row, Column>
  readonly firstSort: Column
  readonly collator: Intl.Collator
  readonly rowKey: (row: Row) => string
  /** The cells of one row; the first one should be a `<th scope="row">`. */
  readonly renderRow: (row: Row) => ReactNode
}

/**
 * A titled, sortable, paged table section: what the actor and the link table share. Sorting and
 * paging live here so that both tables behave the same for keyboard and screen-reader users.
 */
export function SortableTable<Row, Column extends string>(props: Props<Row, Column>) {
  const { heading, caption, pagerLabel, columns, rows, sortKeys, collator, rowKey, renderRow } =
    props
  const id = useId()
  const [sort, setSort] = useState<SortState<Column>>({
    key: props.firstSort,
    direction: 'ascending',
  })
  const [page, setPage] = useState(0)
  const sorted = useMemo(
    () => sortRows(rows, sortKeys, sort, collator),
    [rows, sortKeys, sort, collator],
  )
  const shown = pageOf(sorted, page, PAGE_SIZE)
  const onSort = (key: Column) => setSort((s) => nextSort(s, key))

  return (
    <section className="qn-table__section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      <div className="qn-table__scroll">
        <table className="qn-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <SortHeader
                  key={column.key}
                  column={column.key}
                  label={column.label}
                  sort={sort}
                  onSort={onSort}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row) => (
              <tr key={rowKey(row)}>{renderRow(row)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label={pagerLabel} page={shown.page} pages={shown.pages} onPage={setPage} />
    </section>
  )
}
