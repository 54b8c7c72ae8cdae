import { useReactFlow } from '@xyflow/react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ColumnMapping, ImportFormat } from '../../../../shared/src/formats/import-plan.ts'
import type { DuplicateMode } from '../../../../shared/src/formats/resolve.ts'
import type { NodeId } from '../../shared.ts'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { useEditor } from '../editor/editor-context.ts'
import { useMeeting } from '../meeting/meeting-context.ts'
import { type AppliedImport, applyImportLocally } from './apply-locally.ts'
import { DuplicatesSection } from './DuplicatesSection.tsx'
import { formatOfFiles, IMPORT_FORMAT_CHOICES, setColumnField } from './import-helpers.ts'
import { MappingSection } from './MappingSection.tsx'
import { ProblemList } from './ProblemList.tsx'
import { usePreview } from './usePreview.ts'
import './data-exchange.css'
import './dialog-texts.ts'

interface Props {
  readonly files: readonly File[]
  /** Called with a sentence for the screen reader when something was imported. */
  readonly onClose: (announcement?: string) => void
}

/** The preview before an import: mapping, counts, duplicates and problems; confirm or cancel. */
export default function ImportDialog({ files, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const { doc } = useEditor()
  const { mapId, token } = useMeeting()
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const [format, setFormat] = useState<ImportFormat>(() => formatOfFiles(files.map((f) => f.name)))
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined)
  const [duplicates, setDuplicates] = useState<DuplicateMode>('merge')
  const [applying, setApplying] = useState(false)
  const [applyError, setApplyError] = useState('')
  const { result, loading } = usePreview({
    mapId,
    token,
    files,
    format,
    mapping,
    duplicates: 'merge',
    language: i18n.language,
  })
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const plan = result && result.kind !== 'failed' ? result.plan : null
  const shownMapping = mapping ?? plan?.mapping ?? []
  const stats = plan?.stats
  const canConfirm = result?.kind === 'plan' && result.plan.ok && !loading && !applying

  const showPlaced = (applied: AppliedImport) => {
    // Our own echo keeps local positions, so the canvas is told where the layout put them.
    if (applied.positions.size > 0) {
      rf.setNodes((nodes) =>
        nodes.map((n) => {
          const position = applied.positions.get(n.id as NodeId)
          return position ? { ...n, position } : n
        }),
      )
    }
    const ids = applied.nodeIds.map((nodeId) => ({ id: nodeId }))
    if (ids.length > 0) {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => void rf.fitView({ nodes: ids, duration: 300, maxZoom: 1.2 })),
      )
    }
  }

  const confirm = async () => {
    if (!plan || !canConfirm) return
    setApplying(true)
    setApplyError('')
    try {
      const applied = await applyImportLocally(doc, plan, duplicates)
      showPlaced(applied)
      onClose(t('dataExchange.done', { actors: applied.actorsAdded, links: applied.linksAdded }))
    } catch (e) {
      setApplyError(t('dataExchange.applyFailed', { message: (e as Error).message }))
      setApplying(false)
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      aria-labelledby={`${id}-title`}
      aria-busy={loading || applying}
      onCancel={(event) => {
        event.preventDefault()
        if (!applying) onClose()
      }}
    >
      <h2 id={`${id}-title`}>{t('dataExchange.title')}</h2>
      <p>{t('dataExchange.intro')}</p>
      <div className="import-files">
        <p>
          {t('dataExchange.files')}: {files.map((f) => f.name).join(', ')}
        </p>
        <label>
          {t('dataExchange.format')}{' '}
          <select
            value={format}
            disabled={applying}
            onChange={(event) => {
              setMapping(undefined)
              setFormat(event.target.value as ImportFormat)
            }}
          >
            {IMPORT_FORMAT_CHOICES.map((f) => (
              <option key={f} value={f}>
                {t(`dataExchange.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="status" className="import-status">
        {loading && t('dataExchange.loading')}
        {applying && t('dataExchange.applying')}
        {!loading && stats && result?.kind === 'plan' && result.plan.ok && (
          <>
            <strong>
              {t('dataExchange.summary', {
                actors: stats.actorsToAdd,
                links: stats.linksToAdd,
              })}
            </strong>
            {stats.actorsCreatedForLinks > 0 && (
              <> {t('dataExchange.summaryCreated', { count: stats.actorsCreatedForLinks })}</>
            )}
          </>
        )}
      </div>
      {result?.kind === 'failed' && (
        <p role="alert" className="import-error">
          {t('dataExchange.failed', {
            message: result.message || t('dataExchange.failedOffline'),
          })}
        </p>
      )}
      {(result?.kind === 'invalid' || (plan && !plan.ok)) && (
        <p role="alert" className="import-error">
          {t('dataExchange.invalid')}
        </p>
      )}
      {applyError && (
        <p role="alert" className="import-error">
          {applyError}
        </p>
      )}
      <div className="import-body">
        <MappingSection
          mapping={shownMapping}
          disabled={applying}
          onChange={(sheet, index, field) =>
            setMapping(setColumnField(shownMapping, sheet, index, field))
          }
        />
        {plan?.ok && (
          <DuplicatesSection
            duplicates={plan.duplicates}
            mode={duplicates}
            onMode={setDuplicates}
          />
        )}
        {plan && <ProblemList problems={plan.problems} />}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" disabled={applying} onClick={() => onClose()}>
          {t('dataExchange.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!canConfirm}
          onClick={() => void confirm()}
        >
          {stats && canConfirm
            ? t('dataExchange.confirmCount', { actors: stats.actorsToAdd, links: stats.linksToAdd })
            : t('dataExchange.confirm')}
        </button>
      </div>
    </dialog>
  )
}
