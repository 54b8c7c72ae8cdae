import { type FormEvent, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EdgeKind, EdgeStatus, NodeId } from '../../shared.ts'
import { EdgeKindFields } from '../edges/EdgeKindFields.tsx'
import { useModalDialog } from './useModalDialog.ts'

export interface Candidate {
  readonly id: NodeId
  readonly label: string
  /** The kind's name, shown beside the label (two actors may share a name). */
  readonly kindLabel: string
}

interface Props {
  readonly sourceLabel: string
  readonly candidates: readonly Candidate[]
  readonly onConfirm: (target: NodeId, kind: EdgeKind, status: EdgeStatus) => void
  readonly onCancel: () => void
}

const SHOWN = 50

/**
 * "Verbinden mit …": with one node selected, pick the other end from a searchable list and the
 * kind of link, all by keyboard (the drawn connection needs a mouse or a finger).
 */
export function ConnectToDialog({ sourceLabel, candidates, onConfirm, onCancel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useModalDialog()
  const [query, setQuery] = useState('')
  const [target, setTarget] = useState<NodeId | null>(null)
  const [kind, setKind] = useState<EdgeKind>('cooperation')
  const [status, setStatus] = useState<EdgeStatus>('existing')
  const [missing, setMissing] = useState(false)
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase()
    const found = q
      ? candidates.filter((c) => c.label.toLocaleLowerCase().includes(q))
      : [...candidates]
    return found.sort((a, b) => a.label.localeCompare(b.label)).slice(0, SHOWN)
  }, [candidates, query])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const chosen = target ?? (matches.length === 1 ? matches[0]?.id : undefined)
    if (!chosen) {
      setMissing(true)
      return
    }
    onConfirm(chosen, kind, status)
  }
  return (
    <dialog
      ref={ref}
      className="dialog connect-to"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('keyboard.connectToTitle', { label: sourceLabel })}</h2>
        <label className="field">
          <span>{t('keyboard.searchTarget')}</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={`${id}-count`}
          />
        </label>
        <p id={`${id}-count`} className="help" aria-live="polite">
          {t('keyboard.matches', { count: matches.length })}
        </p>
        <fieldset className="choice-list connect-to__targets">
          <legend>{t('keyboard.targetLabel')}</legend>
          {matches.map((c) => (
            <label key={c.id}>
              <input
                type="radio"
                name={`${id}-target`}
                checked={target === c.id}
                onChange={() => {
                  setTarget(c.id)
                  setMissing(false)
                }}
              />
              {c.label} <span className="muted">({c.kindLabel})</span>
            </label>
          ))}
        </fieldset>
        {missing && (
          <p className="field-error" role="alert">
            {t('keyboard.pickTarget')}
          </p>
        )}
        <EdgeKindFields kind={kind} status={status} onKind={setKind} onStatus={setStatus} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('edge.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('edge.create')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
