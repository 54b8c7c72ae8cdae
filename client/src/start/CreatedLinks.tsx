import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../router/useRoute.ts'
import { CopyLink } from '../ui/CopyLink.tsx'
import type { CreatedMap } from './api.ts'

function openMap(url: string) {
  const target = new URL(url, location.href)
  if (target.origin === location.origin) navigate(target.pathname + target.hash)
  else location.assign(target.href)
}

/** After creation: the two share links with copy buttons and a button into the map. */
export function CreatedLinks({ map, onAnother }: { map: CreatedMap; onAnother: () => void }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  // Move focus to the result so keyboard and screen reader users learn that it worked.
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="card created" aria-labelledby="created-title">
      <h2 id="created-title" ref={heading} tabIndex={-1}>
        {t('start.createdTitle')}
      </h2>
      <p>{t('start.createdIntro')}</p>
      <CopyLink
        label={t('start.editLinkLabel')}
        help={t('start.editLinkHelp')}
        url={map.editUrl}
        copyLabel={t('start.copyEdit')}
      />
      <CopyLink
        label={t('start.viewLinkLabel')}
        help={t('start.viewLinkHelp')}
        url={map.viewUrl}
        copyLabel={t('start.copyView')}
      />
      {map.facilitatorUrl && (
        <CopyLink
          label={t('meeting.startModerationLink')}
          help={t('meeting.startModerationHelp')}
          url={map.facilitatorUrl}
          copyLabel={t('meeting.startCopyModeration')}
        />
      )}
      <p className="actions">
        <button type="button" className="button primary" onClick={() => openMap(map.editUrl)}>
          {t('start.openMap')}
        </button>
        {map.facilitatorUrl && (
          <button
            type="button"
            className="button"
            onClick={() => map.facilitatorUrl && openMap(map.facilitatorUrl)}
          >
            {t('meeting.startOpenModeration')}
          </button>
        )}
        <button type="button" className="button" onClick={onAnother}>
          {t('start.another')}
        </button>
      </p>
    </section>
  )
}
