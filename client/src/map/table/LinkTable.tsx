import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  EDGE_KINDS,
  EDGE_STATUSES,
  EDGE_STRENGTHS,
  type MapEdge,
  updateEdge,
} from '../../shared.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { ChoiceCell } from './ChoiceCell.tsx'
import { SortableTable } from './SortableTable.tsx'
import type { SortKeys } from './table-sort.ts'

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
  const labelOf = (nodeId: string) => labels.get(nodeId) ?? ''
  const sortKeys = useMemo<SortKeys<MapEdge, Column>>(
    () => ({
      source: (e) => labels.get(e.source) ?? '',
      target: (e) => labels.get(e.target) ?? '',
      kind: (e) => t(`edgeKind.${e.kind}`),
      status: (e) => t(`edgeStatus.${e.status}`),
      strength: (e) => e.strength,
    }),
    [t, labels],
  )
  const update = (edge: MapEdge, patch: Parameters<typeof updateEdge>[2]) => {
    updateEdge(doc, edge.id, patch, LOCAL_ORIGIN)
    announce(t('table.linkChanged', { source: labelOf(edge.source), target: labelOf(edge.target) }))
  }
  const name = (edge: MapEdge) => ({ source: labelOf(edge.source), target: labelOf(edge.target) })

  return (
    <SortableTable
      heading={t('table.linksTitle', { count: edges.length })}
      caption={t('table.linksCaption')}
      pagerLabel={t('table.linkPages')}
      columns={[
        { key: 'source', label: t('table.source') },
        { key: 'target', label: t('table.target') },
        { key: 'kind', label: t('table.kind') },
        { key: 'status', label: t('table.status') },
        { key: 'strength', label: t('table.strength') },
      ]}
      rows={edges}
      sortKeys={sortKeys}
      firstSort="source"
      collator={collator}
      rowKey={(edge) => edge.id}
      renderRow={(edge) => (
        <>
          <th scope="row">{labelOf(edge.source)}</th>
          <td>{labelOf(edge.target)}</td>
          <ChoiceCell
            readOnly={readOnly}
            value={edge.kind}
            options={EDGE_KINDS}
            textOf={(kind) => t(`edgeKind.${kind}`)}
            label={t('table.linkKindOf', name(edge))}
            onChange={(kind) => update(edge, { kind })}
          />
          <ChoiceCell
            readOnly={readOnly}
            value={edge.status}
            options={EDGE_STATUSES}
            textOf={(status) => t(`edgeStatus.${status}`)}
            label={t('table.statusOf', name(edge))}
            onChange={(status) => update(edge, { status })}
          />
          <ChoiceCell
            readOnly={readOnly}
            value={edge.strength}
            options={EDGE_STRENGTHS}
            textOf={(strength) => t(`table.strength${strength}`)}
            label={t('table.strengthOf', name(edge))}
            onChange={(strength) => update(edge, { strength })}
          />
        </>
      )}
    />
  )
}
