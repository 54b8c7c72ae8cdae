import { useTranslation } from 'react-i18next'
import type { EdgeId, EdgeKind, EdgeStatus } from '../../shared.ts'
import type { FlowEdge } from '../canvas/flow-types.ts'
import { useEditor } from '../editor/editor-context.ts'
import { openProperties } from '../properties/open-properties.ts'
import { EdgeKindFields } from './EdgeKindFields.tsx'

interface Props {
  readonly edge: FlowEdge
  readonly sourceLabel: string
  readonly targetLabel: string
  readonly onKind: (id: EdgeId, kind: EdgeKind) => void
  readonly onStatus: (id: EdgeId, status: EdgeStatus) => void
  readonly onDelete: (id: EdgeId) => void
}

/** Shown while one link is selected: change its kind or status, or delete it. */
export function EdgeInspector({
  edge,
  sourceLabel,
  targetLabel,
  onKind,
  onStatus,
  onDelete,
}: Props) {
  const { t } = useTranslation()
  const editor = useEditor()
  if (!edge.data) return null
  const id = edge.id as EdgeId
  return (
    <section className="edge-inspector" aria-label={t('edge.inspectorLabel')}>
      <h2>{t('edge.inspectorLabel')}</h2>
      <p className="help">
        {edge.data.directed
          ? t('edge.directedHint', { source: sourceLabel, target: targetLabel })
          : `${sourceLabel} – ${targetLabel}`}
      </p>
      <EdgeKindFields
        kind={edge.data.kind}
        status={edge.data.status}
        onKind={(kind) => onKind(id, kind)}
        onStatus={(status) => onStatus(id, status)}
      />
      <button type="button" className="button" onClick={() => openProperties(editor)}>
        {t('properties.allProperties')}
      </button>
      <button type="button" className="button danger" onClick={() => onDelete(id)}>
        {t('edge.delete')}
      </button>
    </section>
  )
}
