import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  ACTOR_KINDS,
  LABEL_MAX_LENGTH,
  type MapNode,
  type NodeKind,
  SECTORS,
  type Sector,
  updateNode,
} from '../../shared.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { EditableText } from './EditableText.tsx'
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

type Column = 'label' | 'kind' | 'sector' | 'links'

interface Props {
  readonly doc: Y.Doc
  readonly nodes: readonly MapNode[]
  readonly degree: ReadonlyMap<string, number>
  readonly readOnly: boolean
  readonly collator: Intl.Collator
  readonly announce: (message: string) => void
}

/** Akteure: one row per actor, sortable, with name, kind and sector editable in place. */
export function ActorTable({ doc, nodes, degree, readOnly, collator, announce }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [sort, setSort] = useState<SortState<Column>>({ key: 'label', direction: 'ascending' })
  const [page, setPage] = useState(0)
  const keys = useMemo<SortKeys<MapNode, Column>>(
    () => ({
      label: (n) => n.label,
      kind: (n) => t(`kind.${n.kind}`),
      sector: (n) => (n.sector ? t(`sector.${n.sector}`) : '\uffff'),
      links: (n) => degree.get(n.id) ?? 0,
    }),
    [t, degree],
  )
  const sorted = useMemo(() => sortRows(nodes, keys, sort, collator), [nodes, keys, sort, collator])
  const shown = pageOf(sorted, page, PAGE_SIZE)
  const onSort = (key: Column) => setSort((s) => nextSort(s, key))
  const update = (node: MapNode, patch: Parameters<typeof updateNode>[2], message: string) => {
    updateNode(doc, node.id, patch, LOCAL_ORIGIN)
    announce(message)
  }

  return (
    <section className="qn-table__section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('table.actors', { count: nodes.length })}</h2>
      <div className="qn-table__scroll">
        <table className="qn-table">
          <caption className="visually-hidden">{t('table.actorsCaption')}</caption>
          <thead>
            <tr>
              <SortHeader column="label" label={t('table.name')} sort={sort} onSort={onSort} />
              <SortHeader column="kind" label={t('table.kind')} sort={sort} onSort={onSort} />
              <SortHeader column="sector" label={t('table.sector')} sort={sort} onSort={onSort} />
              <SortHeader column="links" label={t('table.links')} sort={sort} onSort={onSort} />
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((node) => (
              <tr key={node.id}>
                <th scope="row">
                  {readOnly ? (
                    node.label
                  ) : (
                    <EditableText
                      value={node.label}
                      label={t('table.nameOf', { label: node.label })}
                      maxLength={LABEL_MAX_LENGTH}
                      onCommit={(label) =>
                        update(node, { label }, t('table.renamed', { from: node.label, to: label }))
                      }
                    />
                  )}
                </th>
                <td>
                  {readOnly ? (
                    t(`kind.${node.kind}`)
                  ) : (
                    <select
                      aria-label={t('table.kindOf', { label: node.label })}
                      value={node.kind}
                      onChange={(e) => {
                        const kind = e.target.value as NodeKind
                        update(node, { kind }, t('table.changed', { label: node.label }))
                      }}
                    >
                      {ACTOR_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`kind.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {readOnly ? (
                    node.sector ? (
                      t(`sector.${node.sector}`)
                    ) : (
                      t('table.none')
                    )
                  ) : (
                    <select
                      aria-label={t('table.sectorOf', { label: node.label })}
                      value={node.sector ?? ''}
                      onChange={(e) => {
                        const sector = (e.target.value || undefined) as Sector | undefined
                        update(node, { sector }, t('table.changed', { label: node.label }))
                      }}
                    >
                      <option value="">{t('table.none')}</option>
                      {SECTORS.map((s) => (
                        <option key={s} value={s}>
                          {t(`sector.${s}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td className="qn-table__number">{degree.get(node.id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label={t('table.actorPages')} page={shown.page} pages={shown.pages} onPage={setPage} />
    </section>
  )
}
