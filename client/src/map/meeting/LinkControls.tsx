import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyLink } from '../../ui/CopyLink.tsx'
import { ActionError } from './ActionError.tsx'
import { DeleteMapDialog } from './DeleteMapDialog.tsx'
import type { RotatedLinks } from './meeting-api.ts'
import { useMeetingApi } from './meeting-api.ts'
import { useApiAction } from './useApiAction.ts'

/** Renewing the edit and view links, and deleting the map. */
export function LinkControls() {
  const { t } = useTranslation()
  const id = useId()
  const api = useMeetingApi()
  const [links, setLinks] = useState<RotatedLinks | null>(null)
  const [asking, setAsking] = useState(false)
  const { run, busy, error } = useApiAction()

  const rotate = async () => {
    if (!window.confirm(t('meeting.rotateConfirm'))) return
    const rotated = await run(() => api.rotate('both'))
    if (rotated) setLinks(rotated)
  }

  return (
    <>
      <section aria-labelledby={`${id}-links`}>
        <h3 id={`${id}-links`}>{t('meeting.linksTitle')}</h3>
        <p className="muted">{t('meeting.linksHint')}</p>
        <button type="button" className="button" disabled={busy} onClick={() => void rotate()}>
          {t('meeting.rotate')}
        </button>
        {links?.editUrl && (
          <CopyLink
            label={t('meeting.newEditLink')}
            help={t('meeting.newLinkHelp')}
            url={links.editUrl}
            copyLabel={t('meeting.copy')}
          />
        )}
        {links?.viewUrl && (
          <CopyLink
            label={t('meeting.newViewLink')}
            help={t('meeting.newLinkHelp')}
            url={links.viewUrl}
            copyLabel={t('meeting.copy')}
          />
        )}
        <ActionError error={error} />
      </section>
      <section aria-labelledby={`${id}-delete`}>
        <h3 id={`${id}-delete`}>{t('meeting.deleteTitle')}</h3>
        <p className="muted">{t('meeting.deleteHint')}</p>
        <button type="button" className="button danger" onClick={() => setAsking(true)}>
          {t('meeting.delete')}
        </button>
      </section>
      {asking && <DeleteMapDialog onClose={() => setAsking(false)} />}
    </>
  )
}
