import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMeeting } from './meeting-context.ts'
import { useAwarenessValue } from './useAwarenessStates.ts'

/** Starts and stops the visible countdown of a round (awareness field `timer`). */
export function TimerControls() {
  const { t } = useTranslation()
  const id = useId()
  const meeting = useMeeting()
  const [minutes, setMinutes] = useState('5')
  const [label, setLabel] = useState('')
  const running = useAwarenessValue((states, self) => Boolean(states.get(self)?.timer))
  const start = (event: FormEvent) => {
    event.preventDefault()
    const value = Number(minutes)
    if (!Number.isFinite(value) || value <= 0) return
    const text = label.trim().slice(0, 120)
    meeting.setField('timer', {
      endsAt: Date.now() + Math.round(value * 60_000),
      ...(text ? { label: text } : {}),
    })
  }
  return (
    <section aria-labelledby={`${id}-timer`}>
      <h3 id={`${id}-timer`}>{t('meeting.timerTitle')}</h3>
      <form onSubmit={start} className="meeting-form">
        <div className="field">
          <label htmlFor={`${id}-min`}>{t('meeting.timerMinutes')}</label>
          <input
            id={`${id}-min`}
            type="number"
            min="0.5"
            max="120"
            step="0.5"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>{t('meeting.timerLabel')}</label>
          <input
            id={`${id}-label`}
            maxLength={120}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('meeting.timerStart')}
          </button>
          {running && (
            <button
              type="button"
              className="button"
              onClick={() => meeting.setField('timer', null)}
            >
              {t('meeting.timerStop')}
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
