import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  EDGE_KINDS,
  EDGE_STATUSES,
  EDGE_STRENGTHS,
  type EdgeKind,
  type EdgeStatus,
  type EdgeStrength,
  type MapEdge,
  updateEdge,
} from '../../shared.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
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

type Column = 'source' | 'target' | 'kind' | 'status' | 'strength'

interface Props {
  readonly doc: Y.Doc
  readonly edges: readonly MapEdge[]
  readonly labels: ReadonlyMap<string, string>
  readonly readOnly: boolean
  readonly collator: Intl.Collator
  readonly announce: (message: string) => void
}

/** Verbindungen: one row per link, sortable, with kind, status and strength editable. */
export function LinkTable({ doc, edges, labels, readOnly, collator, announce }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [sort, setSort] = useState<SortState<Column>>({ key: 'source', direction: 'ascending' })
  const [page, setPage] = useState(0)
  const labelOf = (nodeId: string) => labels.get(nodeId) ?? ''
  const keys = useMemo<SortKeys<MapEdge, Column>>(
    () => ({
      source: (e) => labels.get(e.source) ?? '',
      target: (e) => labels.get(e.target) ?? '',
      kind: (e) => t(`edgeKind.${e.kind}`),
      status: (e) => t(`edgeStatus.${e.status}`),
      strength: (e) => e.strength,
    }),
    [t, labels],
  )
  const sorted = useMemo(() => sortRows(edges, keys, sort, collator), [edges, keys, sort, collator])
  const shown = pageOf(sorted, page, PAGE_SIZE)
  const onSort = (key: Column) => setSort((s) => nextSort(s, key))
  const update = (edge: MapEdge, patch: Parameters<typeof updateEdge>[2]) => {
    updateEdge(doc, edge.id, patch, LOCAL_ORIGIN)
    announce(t('table.linkChanged', { source: labelOf(edge.source), target: labelOf(edge.target) }))
  }
  const name = (edge: MapEdge) => ({ source: labelOf(edge.source), target: labelOf(edge.target) })

  return (
    <section className="qn-table__section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('table.linksTitle', { count: edges.length })}</h2>
      <div className="qn-table__scroll">
        <table className="qn-table">
          <caption className="visually-hidden">{t('table.linksCaption')}</caption>
          <thead>
            <tr>
              <SortHeader column="source" label={t('table.source')} sort={sort} onSort={onSort} />
              <SortHeader column="target" label={t('table.target')} sort={sort} onSort={onSort} />
              <SortHeader column="kind" label={t('table.kind')} sort={sort} onSort={onSort} />
              <SortHeader column="status" label={t('table.status')} sort={sort} onSort={onSort} />
              <SortHeader
                column="strength"
                label={t('table.strength')}
                sort={sort}
                onSort={onSort}
              />
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((edge) => (
              <tr key={edge.id}>
                <th scope="row">{labelOf(edge.source)}</th>
                <td>{labelOf(edge.target)}</td>
                <td>
                  {readOnly ? (
                    t(`edgeKind.${edge.kind}`)
                  ) : (
                    <select
                      aria-label={t('table.linkKindOf', name(edge))}
                      value={edge.kind}
                      onChange={(e) => update(edge, { kind: e.target.value as EdgeKind })}
                    >
                      {EDGE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`edgeKind.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {readOnly ? (
                    t(`edgeStatus.${edge.status}`)
                  ) : (
                    <select
                      aria-label={t('table.statusOf', name(edge))}
                      value={edge.status}
                      onChange={(e) => update(edge, { status: e.target.value as EdgeStatus })}
                    >
                      {EDGE_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`edgeStatus.${s}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {readOnly ? (
                    t(`table.strength${edge.strength}`)
                  ) : (
                    <select
                      aria-label={t('table.strengthOf', name(edge))}
                      value={edge.strength}
                      onChange={(e) =>
                        update(edge, { strength: Number(e.target.value) as EdgeStrength })
                      }
                    >
                      {EDGE_STRENGTHS.map((s) => (
                        <option key={s} value={s}>
                          {t(`table.strength${s}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label={t('table.linkPages')} page={shown.page} pages={shown.pages} onPage={setPage} />
    </section>
  )
}
