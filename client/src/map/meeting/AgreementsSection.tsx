import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addAgreement, deleteAgreement } from '../../../../shared/src/meeting/agreements.ts'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { useMeetingState } from './meeting-context.ts'
import { recordLabel } from './record-label.ts'
import { useAgreements } from './useAgreements.ts'

/** Verabredungen: what, who, until when, attached to the selected actors and links. */
export function AgreementsSection() {
  const { t } = useTranslation()
  const id = useId()
  const editor = useEditor()
  const agreements = useAgreements(editor.doc)
  const session = useMeetingState((s) => s.session)
  const selection = useStoreSlice(editor.selection, (s) => s)
  const [text, setText] = useState('')
  const [owner, setOwner] = useState('')
  const [due, setDue] = useState('')
  const [attach, setAttach] = useState(true)
  const selectedCount = selection.nodes.length + selection.edges.length

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) return
    addAgreement(
      editor.doc,
      {
        text: text.trim(),
        ...(owner.trim() ? { owner: owner.trim() } : {}),
        ...(due ? { due } : {}),
        ...(attach ? { nodeIds: selection.nodes, edgeIds: selection.edges } : {}),
        ...(session && session.endedAt === null ? { sessionId: session.id } : {}),
      },
      LOCAL_ORIGIN,
    )
    setText('')
    setOwner('')
    setDue('')
  }

  const labels = (ids: readonly string[]) =>
    ids
      .map((rid) => recordLabel(editor.doc, rid))
      .filter((l): l is string => l !== null)
      .join(', ')

  return (
    <section aria-labelledby={`${id}-agreements`}>
      <h3 id={`${id}-agreements`}>{t('meeting.agreements')}</h3>
      {agreements.length === 0 ? (
        <p className="muted">{t('meeting.agreementsEmpty')}</p>
      ) : (
        <ul className="agreement-list">
          {agreements.map((a) => {
            const about = labels([...a.nodeIds, ...a.edgeIds])
            return (
              <li key={a.id}>
                <p className="agreement-text">{a.text}</p>
                {(a.owner || a.due) && (
                  <p className="muted">
                    {[a.owner, a.due && `${t('meeting.agreementDue')}: ${a.due}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                )}
                {about && <p className="muted">{t('meeting.agreementAbout', { labels: about })}</p>}
                {!editor.readOnly && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('meeting.agreementDelete', { text: a.text })}
                    onClick={() => deleteAgreement(editor.doc, a.id, LOCAL_ORIGIN)}
                  >
                    ✕
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {!editor.readOnly && (
        <form onSubmit={submit} className="meeting-form">
          <div className="field">
            <label htmlFor={`${id}-what`}>{t('meeting.agreementWhat')}</label>
            <textarea
              id={`${id}-what`}
              required
              maxLength={1000}
              rows={2}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-who`}>{t('meeting.agreementWho')}</label>
            <input
              id={`${id}-who`}
              maxLength={200}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('meeting.agreementDue')}</label>
            <input
              id={`${id}-due`}
              type="date"
              value={due}
              onChange={(e) => setDue(e.target.value)}
            />
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={attach}
              disabled={selectedCount === 0}
              onChange={(e) => setAttach(e.target.checked)}
            />
            {t('meeting.agreementAttach', { count: selectedCount })}
          </label>
          <button type="submit" className="button primary" disabled={!text.trim()}>
            {t('meeting.agreementAdd')}
          </button>
        </form>
      )}
    </section>
  )
}
