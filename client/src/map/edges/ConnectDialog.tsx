import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EdgeKind, EdgeStatus } from '../../shared.ts'
import { EdgeKindFields } from './EdgeKindFields.tsx'

interface Props {
  readonly sourceLabel: string
  readonly targetLabel: string
  readonly onConfirm: (kind: EdgeKind, status: EdgeStatus) => void
  readonly onCancel: () => void
  /** Turns the direction around (matters for Finanzierung, Vermittlung, Trägerschaft …). */
  readonly onSwap: () => void
}

/** Asked after a connection is drawn: which kind of link is it? Kooperation is preselected. */
export function ConnectDialog({ sourceLabel, targetLabel, onConfirm, onCancel, onSwap }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const [kind, setKind] = useState<EdgeKind>('cooperation')
  const [status, setStatus] = useState<EdgeStatus>('existing')
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onConfirm(kind, status)
  }
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('edge.pickTitle')}</h2>
        <p className="direction">
          <span>{t('edge.pickIntro', { source: sourceLabel, target: targetLabel })}</span>
          <button type="button" className="link-button" onClick={onSwap}>
            {t('edge.swap')}
          </button>
        </p>
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
