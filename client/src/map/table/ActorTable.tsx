import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  ACTOR_KINDS,
  LABEL_MAX_LENGTH,
  type MapNode,
  SECTORS,
  type Sector,
  updateNode,
} from '../../shared.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { ChoiceCell } from './ChoiceCell.tsx'
import { EditableText } from './EditableText.tsx'
import { SortableTable } from './SortableTable.tsx'
import type { SortKeys } from './table-sort.ts'

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
  const sortKeys = useMemo<SortKeys<MapNode, Column>>(
    () => ({
      label: (n) => n.label,
      kind: (n) => t(`kind.${n.kind}`),
      sector: (n) => (n.sector ? t(`sector.${n.sector}`) : '\uffff'),
      links: (n) => degree.get(n.id) ?? 0,
    }),
    [t, degree],
  )
  const update = (node: MapNode, patch: Parameters<typeof updateNode>[2], message: string) => {
    updateNode(doc, node.id, patch, LOCAL_ORIGIN)
    announce(message)
  }
  const changed = (node: MapNode) => t('table.changed', { label: node.label })

  return (
    <SortableTable
      heading={t('table.actors', { count: nodes.length })}
      caption={t('table.actorsCaption')}
      pagerLabel={t('table.actorPages')}
      columns={[
        { key: 'label', label: t('table.name') },
        { key: 'kind', label: t('table.kind') },
        { key: 'sector', label: t('table.sector') },
        { key: 'links', label: t('table.links') },
      ]}
      rows={nodes}
      sortKeys={sortKeys}
      firstSort="label"
      collator={collator}
      rowKey={(node) => node.id}
      renderRow={(node) => (
        <>
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
          <ChoiceCell
            readOnly={readOnly}
            value={node.kind}
            options={ACTOR_KINDS}
            textOf={(kind) => t(`kind.${kind}`)}
            label={t('table.kindOf', { label: node.label })}
            onChange={(kind) => update(node, { kind }, changed(node))}
          />
          <ChoiceCell<Sector | ''>
            readOnly={readOnly}
            value={node.sector ?? ''}
            options={SECTORS}
            textOf={(sector) => t(`sector.${sector}`)}
            label={t('table.sectorOf', { label: node.label })}
            empty={{ text: t('table.none') }}
            onChange={(sector) => update(node, { sector: sector || undefined }, changed(node))}
          />
          <td className="qn-table__number">{degree.get(node.id) ?? 0}</td>
        </>
      )}
    />
  )
}
