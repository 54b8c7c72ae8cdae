import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../keyboard/useModalDialog.ts'
import type { DeleteRequest } from './delete-request.ts'

/** "3 Verbindungen werden mit gelöscht": asked before nodes take their links with them. */
export function DeleteConfirmDialog({ request }: { readonly request: DeleteRequest }) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useModalDialog()
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault()
        request.resolve(false)
      }}
    >
      <h2 id={`${id}-title`}>{t('editing.deleteTitle', { count: request.nodeCount })}</h2>
      <p id={`${id}-text`}>{t('editing.deleteLinks', { count: request.linkCount })}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => request.resolve(false)}>
          {t('edge.cancel')}
        </button>
        <button type="button" className="button danger" onClick={() => request.resolve(true)}>
          {t('editing.deleteConfirm')}
        </button>
      </div>
    </dialog>
  )
}
