import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceEntry } from '../../../../shared/src/meeting/meeting-types.ts'
import { ActionError } from './ActionError.tsx'
import { useMeetingApi } from './meeting-api.ts'
import { useMeeting } from './meeting-context.ts'
import { useApiAction } from './useApiAction.ts'

interface Props {
  readonly sessionId: string
  readonly attendance: readonly AttendanceEntry[]
  readonly onSaved: () => void
}

/** Who was there (from presence); the facilitator can correct names and presence. */
export function AttendanceSection({ sessionId, attendance, onSaved }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const meeting = useMeeting()
  const api = useMeetingApi()
  const canEdit = meeting.role === 'facilitate'
  const [draft, setDraft] = useState<AttendanceEntry[] | null>(null)
  const [saved, setSaved] = useState(false)
  const { run, busy, error } = useApiAction()
  // A correction in progress is not overwritten by the periodic refresh.
  const rows = draft ?? attendance

  const edit = (index: number, patch: Partial<AttendanceEntry>) => {
    setSaved(false)
    setDraft(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  }

  const save = async () => {
    if (!draft) return
    const cleaned = draft.map((row) => ({ ...row, name: row.name.trim() || row.participantId }))
    const ok = await run(async () => {
      await api.saveAttendance(sessionId, cleaned)
      return true
    })
    if (ok) {
      setDraft(null)
      setSaved(true)
      onSaved()
    }
  }

  return (
    <section aria-labelledby={`${id}-attendance`}>
      <h3 id={`${id}-attendance`}>{t('meeting.attendance')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('meeting.attendanceEmpty')}</p>
      ) : canEdit ? (
        <ul className="attendance-list is-editable">
          {rows.map((row, index) => (
            <li key={row.participantId}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={row.present}
                  onChange={(e) => edit(index, { present: e.target.checked })}
                />
                {row.present ? t('meeting.present') : t('meeting.absent')}
              </label>
              <input
                aria-label={`${t('meeting.attendanceName')} (${row.name})`}
                maxLength={60}
                value={row.name}
                onChange={(e) => edit(index, { name: e.target.value })}
              />
              <input
                aria-label={`${t('meeting.attendanceOrganisation')} (${row.name})`}
                maxLength={120}
                value={row.organisation ?? ''}
                onChange={(e) =>
                  edit(index, {
                    organisation: e.target.value || undefined,
                  } as Partial<AttendanceEntry>)
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <ul className="attendance-list">
          {rows.map((row) => (
            <li key={row.participantId}>
              {row.name}
              {row.organisation ? ` (${row.organisation})` : ''}
              {!row.present && ` — ${t('meeting.absent')}`}
            </li>
          ))}
        </ul>
      )}
      {canEdit && draft && (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void save()}
        >
          {t('meeting.attendanceSave')}
        </button>
      )}
      <p role="status">{saved ? t('meeting.attendanceSaved') : ''}</p>
      <ActionError error={error} />
    </section>
  )
}
