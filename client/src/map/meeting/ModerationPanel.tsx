import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionError } from './ActionError.tsx'
import { GroupViewControls } from './GroupViewControls.tsx'
import { LinkControls } from './LinkControls.tsx'
import { useMeetingApi } from './meeting-api.ts'
import { useMeetingState } from './meeting-context.ts'
import { SessionControls } from './SessionControls.tsx'
import { TimerControls } from './TimerControls.tsx'
import { useApiAction } from './useApiAction.ts'
import { VoteControls } from './VoteControls.tsx'
import './meeting.css'
import './panel-texts.ts'

/** The facilitator's tools (sidebar tab "Moderation"; only for the moderation link). */
export default function ModerationPanel() {
  const { t } = useTranslation()
  const id = useId()
  const api = useMeetingApi()
  const locked = useMeetingState((s) => s.locked)
  const { run, busy, error } = useApiAction()
  return (
    <div className="meeting-panel">
      <h2>{t('meeting.moderationTitle')}</h2>
      <p className="muted">{t('meeting.moderationIntro')}</p>
      <section aria-labelledby={`${id}-lock`}>
        <h3 id={`${id}-lock`}>{t('meeting.lockTitle')}</h3>
        <p role="status">{t(locked ? 'meeting.lockedState' : 'meeting.unlockedState')}</p>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void run(() => api.setLocked(!locked))}
        >
          {t(locked ? 'meeting.unlock' : 'meeting.lock')}
        </button>
        <ActionError error={error} />
      </section>
      <GroupViewControls />
      <TimerControls />
      <SessionControls />
      <VoteControls />
      <LinkControls />
    </div>
  )
}
