import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionError } from './ActionError.tsx'
import { useMeetingApi } from './meeting-api.ts'
import { useMeetingState } from './meeting-context.ts'
import { useApiAction } from './useApiAction.ts'

const today = () => {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Starts a session (title, date, place) or ends the running one. */
export function SessionControls() {
  const { t, i18n } = useTranslation()
  const id = useId()
  const api = useMeetingApi()
  const session = useMeetingState((s) => s.session)
  const name = useMeetingState((s) => s.identity?.name)
  const [title, setTitle] = useState('')
  const [date, setDate] = useState(today)
  const [place, setPlace] = useState('')
  const { run, busy, error } = useApiAction()

  const start = (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim()) return
    void run(() =>
      api.startSession({
        title: title.trim(),
        date,
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(name ? { facilitator: name } : {}),
      }),
    )
  }

  return (
    <section aria-labelledby={`${id}-session`}>
      <h3 id={`${id}-session`}>{t('meeting.sessionTitle')}</h3>
      {session && session.endedAt === null ? (
        <>
          <p role="status">
            {t('meeting.sessionRunning', {
              title: session.title,
              time: new Date(session.startedAt).toLocaleTimeString(i18n.language, {
                hour: '2-digit',
                minute: '2-digit',
              }),
            })}
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => api.endSession(session.id))}
          >
            {t('meeting.sessionEnd')}
          </button>
        </>
      ) : (
        <form onSubmit={start} className="meeting-form">
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('meeting.sessionName')}</label>
            <input
              id={`${id}-title`}
              required
              maxLength={200}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('meeting.sessionDate')}</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-place`}>{t('meeting.sessionPlace')}</label>
            <input
              id={`${id}-place`}
              maxLength={200}
              value={place}
              onChange={(e) => setPlace(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy || !title.trim()}>
            {t('meeting.sessionStart')}
          </button>
        </form>
      )}
      <ActionError error={error} />
    </section>
  )
}
