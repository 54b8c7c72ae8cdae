import { useTranslation } from 'react-i18next'
import { HandIcon } from './icons.tsx'
import { useMeeting } from './meeting-context.ts'
import { useAwarenessValue } from './useAwarenessStates.ts'

/** Raise or lower our hand (awareness field `hand`); the list shows it with text. */
export function HandButton() {
  const { t } = useTranslation()
  const meeting = useMeeting()
  const raised = useAwarenessValue((states, self) => states.get(self)?.hand === true)
  return (
    <button type="button" className="button" onClick={() => meeting.setField('hand', !raised)}>
      <HandIcon />
      {t(raised ? 'meeting.handLower' : 'meeting.handRaise')}
    </button>
  )
}
