import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { useMapModel } from '../editor/useMapModel.ts'
import { useMeeting, useMeetingState } from './meeting-context.ts'
import { rankedResults, remainingDots } from './meeting-state.ts'
import './vote-texts.ts'

/** The one record a dot would go on: exactly one selected actor, note or link. */
function selectedRecord(selection: { nodes: readonly string[]; edges: readonly string[] }) {
  const all = [...selection.nodes, ...selection.edges]
  return all.length === 1 ? (all[0] ?? null) : null
}

/**
 * The open dot vote for everyone: the question, our remaining dots, placing and taking back
 * a dot on the selected record, and — once revealed — the ranked result.
 */
export default function VoteBar({ labelOf }: { labelOf: (id: string) => string | null }) {
  const { t } = useTranslation()
  const id = useId()
  const meeting = useMeeting()
  const editor = useEditor()
  const vote = useMeetingState((s) => s.vote)
  const remaining = useMeetingState(remainingDots)
  const mine = useMeetingState((s) => (s.dots && s.dots.voteId === s.vote?.id ? s.dots.mine : null))
  const refused = useMeetingState((s) => s.refused)
  const selected = useStoreSlice(editor.selection, selectedRecord)
  const model = useMapModel(editor.doc, 500)
  // The list works without selecting on the canvas (a locked map, a keyboard, a screen reader).
  const [picked, setPicked] = useState('')
  useEffect(() => {
    if (selected) setPicked('')
  }, [selected])
  const record = picked || selected
  if (!vote) return null
  const open = vote.closedAt === null
  // A closed, never revealed vote is of no more use on everyone's screen.
  if (!open && !vote.revealed) return null
  const canVote = open && meeting.role !== 'view'
  const onRecord = record ? (mine?.[record] ?? 0) : 0
  const ranked = rankedResults(vote)
  return (
    <section className="meeting-banner vote-bar" aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`}>
        {t('meeting.voteBar')}
        {!open && ` (${t('meeting.voteClosed')})`}: {vote.question}
      </h2>
      {canVote && (
        <div className="vote-actions">
          <p role="status">{t('meeting.voteRemaining', { count: remaining })}</p>
          <div className="field vote-target">
            <label htmlFor={`${id}-target`}>{t('meeting.voteTarget')}</label>
            <select id={`${id}-target`} value={picked} onChange={(e) => setPicked(e.target.value)}>
              <option value="">{t('meeting.voteTargetSelection')}</option>
              {model.nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label || '…'}
                </option>
              ))}
              {model.edges.map((e) => (
                <option key={e.id} value={e.id}>
                  {labelOf(e.id) ?? e.id}
                </option>
              ))}
            </select>
          </div>
          {record ? (
            <p>
              {t('meeting.voteOnSelected', { label: labelOf(record) ?? '…' })}
              {onRecord > 0 && ` · ${t('meeting.voteMine', { count: onRecord })}`}
            </p>
          ) : (
            <p className="muted">{t('meeting.voteSelectHint')}</p>
          )}
          <button
            type="button"
            className="button primary"
            disabled={!record || remaining <= 0}
            onClick={() => record && meeting.link.dot(vote.id, record, 1)}
          >
            {t('meeting.votePlace')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!record || onRecord <= 0}
            onClick={() => record && meeting.link.dot(vote.id, record, -1)}
          >
            {t('meeting.voteTakeBack')}
          </button>
          {refused && <p role="alert">{t(`meeting.refused.${refused}`)}</p>}
        </div>
      )}
      {vote.revealed ? (
        <div>
          <h3>{t('meeting.voteResults')}</h3>
          {ranked.length === 0 ? (
            <p>{t('meeting.voteResultsEmpty')}</p>
          ) : (
            <ol className="vote-results" aria-label={t('meeting.ranking')}>
              {ranked.map((r) => (
                <li key={r.recordId}>
                  {labelOf(r.recordId) ?? r.recordId}: {t('meeting.voteDotsOn', { count: r.dots })}
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : (
        meeting.role !== 'facilitate' && <p className="muted">{t('meeting.voteHidden')}</p>
      )}
    </section>
  )
}
