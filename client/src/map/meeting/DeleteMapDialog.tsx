import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { metaMap } from '../../shared.ts'
import { useEditor } from '../editor/editor-context.ts'
import { useModalDialog } from '../keyboard/useModalDialog.ts'
import { ActionError } from './ActionError.tsx'
import { useMeetingApi } from './meeting-api.ts'
import { useApiAction } from './useApiAction.ts'

/** Deleting for ever needs the map's title typed in (a click alone is too easy). */
export function DeleteMapDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useModalDialog()
  const api = useMeetingApi()
  const editor = useEditor()
  const title = String(metaMap(editor.doc).get('title') ?? editor.info.title)
  const [typed, setTyped] = useState('')
  const { run, busy, error } = useApiAction()
  const matches = typed.trim() === title.trim()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!matches) return
    void run(async () => {
      await api.deleteMap()
      onClose()
    })
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('meeting.deleteDialogTitle')}</h2>
        <p id={`${id}-text`}>{t('meeting.deleteDialogText', { title })}</p>
        <div className="field">
          <label htmlFor={`${id}-typed`}>{t('meeting.deleteTypeLabel')}</label>
          <input
            id={`${id}-typed`}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <ActionError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('meeting.cancel')}
          </button>
          <button type="submit" className="button danger" disabled={!matches || busy}>
            {t('meeting.deleteConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
