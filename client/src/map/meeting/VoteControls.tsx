import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionError } from './ActionError.tsx'
import { useMeetingApi } from './meeting-api.ts'
import { useMeetingState } from './meeting-context.ts'
import { useApiAction } from './useApiAction.ts'

/** Opens a dot vote (question, dots per person), reveals and ends it. */
export function VoteControls() {
  const { t } = useTranslation()
  const id = useId()
  const api = useMeetingApi()
  const vote = useMeetingState((s) => s.vote)
  const [question, setQuestion] = useState('')
  const [dots, setDots] = useState('3')
  const { run, busy, error } = useApiAction()
  const open = vote !== null && vote.closedAt === null
  const total = vote?.results ? Object.values(vote.results).reduce((a, b) => a + b, 0) : 0

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const dotsPerPerson = Number(dots)
    if (!question.trim() || !Number.isInteger(dotsPerPerson)) return
    void run(() => api.openVote({ question: question.trim(), dotsPerPerson }))
  }

  return (
    <section aria-labelledby={`${id}-vote`}>
      <h3 id={`${id}-vote`}>{t('meeting.voteTitle')}</h3>
      {open && vote ? (
        <>
          <p>{vote.question}</p>
          {!vote.revealed && <p role="status">{t('meeting.voteLive', { count: total })}</p>}
          <div className="button-row">
            {!vote.revealed && (
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => void run(() => api.changeVote(vote.id, 'reveal'))}
              >
                {t('meeting.voteReveal')}
              </button>
            )}
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => api.changeVote(vote.id, 'close'))}
            >
              {t('meeting.voteClose')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} className="meeting-form">
          <div className="field">
            <label htmlFor={`${id}-q`}>{t('meeting.voteQuestion')}</label>
            <input
              id={`${id}-q`}
              required
              maxLength={300}
              placeholder={t('meeting.voteQuestionPlaceholder')}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-dots`}>{t('meeting.voteDots')}</label>
            <input
              id={`${id}-dots`}
              type="number"
              min="1"
              max="20"
              value={dots}
              onChange={(e) => setDots(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy || !question.trim()}>
            {t('meeting.voteOpen')}
          </button>
        </form>
      )}
      <ActionError error={error} />
    </section>
  )
}
