import { useTranslation } from 'react-i18next'
import { AgreementsSection } from './AgreementsSection.tsx'
import { AttendanceSection } from './AttendanceSection.tsx'
import { ChangesSection } from './ChangesSection.tsx'
import { ExportMenu } from './ExportMenu.tsx'
import { useMeeting } from './meeting-context.ts'
import type { SessionDiffIds } from './session-changes.ts'
import { useSessionDetails } from './useSessionDetails.ts'
import './meeting.css'
import './panel-texts.ts'

/** The server's diff ids, when its session details carry them (see session-changes.ts). */
function diffIdsOf(details: unknown): SessionDiffIds | undefined {
  const diff = (details as { diff?: unknown } | null)?.diff as
    | { added?: unknown; changed?: unknown; removed?: unknown }
    | undefined
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : null)
  const added = ids(diff?.added)
  const changed = ids(diff?.changed)
  const removed = ids(diff?.removed)
  return added && changed && removed ? { added, changed, removed } : undefined
}

/** The sidebar tab "Sitzung": the session, attendance, agreements, changes and exports. */
export default function SessionPanel() {
  const { t, i18n } = useTranslation()
  const meeting = useMeeting()
  const { session, details, refresh, error } = useSessionDetails()
  const running = session !== null && session.endedAt === null
  const date = (iso: string) => {
    const d = new Date(`${iso}T12:00:00`)
    return Number.isNaN(d.getTime())
      ? iso
      : d.toLocaleDateString(i18n.language, { dateStyle: 'long' })
  }
  return (
    <div className="meeting-panel">
      <h2>{t('meeting.sessionTab')}</h2>
      {session ? (
        <section aria-label={session.title} className="session-head">
          {!running && <p className="muted">{t('meeting.lastSession')}</p>}
          <p className="session-title">{session.title}</p>
          <p>{t('meeting.sessionOn', { date: date(session.date) })}</p>
          {session.place && <p>{t('meeting.sessionAt', { place: session.place })}</p>}
          {session.facilitator && <p>{t('meeting.sessionBy', { name: session.facilitator })}</p>}
          <button type="button" className="link-button" onClick={refresh}>
            {t('meeting.refresh')}
          </button>
        </section>
      ) : (
        <p>
          {t(meeting.role === 'facilitate' ? 'meeting.noSessionFacilitator' : 'meeting.noSession')}
        </p>
      )}
      {error && <p role="alert">{t('meeting.failed', { message: error })}</p>}
      {session && details && (
        <AttendanceSection
          sessionId={session.id}
          attendance={details.attendance}
          onSaved={refresh}
        />
      )}
      <AgreementsSection />
      {session && details && <ChangesSection changes={details.changes} diff={diffIdsOf(details)} />}
      <ExportMenu sessionId={session?.id ?? null} />
    </div>
  )
}
