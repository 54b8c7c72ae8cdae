import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChangeRecord } from '../../../../shared/src/meeting/meeting-types.ts'
import { edgesMap, nodesMap } from '../../shared.ts'
import { useEditor } from '../editor/editor-context.ts'
import { useMapModel } from '../editor/useMapModel.ts'
import { recordLabel } from './record-label.ts'
import { changedRecords, type SessionDiffIds } from './session-changes.ts'

const CHANGE_TEXT = {
  added: 'meeting.changesAdded',
  changed: 'meeting.changesChanged',
  removed: 'meeting.changesRemoved',
  touched: 'meeting.changesTouched',
} as const

/** "Was hat sich geändert": the records this session touched, with who did it. */
export function ChangesSection({
  changes,
  diff,
}: {
  changes: readonly ChangeRecord[]
  diff?: SessionDiffIds | undefined
}) {
  const { t } = useTranslation()
  const id = useId()
  const editor = useEditor()
  // Re-render when the map changes, so labels and "removed" stay current.
  useMapModel(editor.doc)
  const exists = (rid: string) => nodesMap(editor.doc).has(rid) || edgesMap(editor.doc).has(rid)
  const list = changedRecords(changes, exists, diff)
  return (
    <section aria-labelledby={`${id}-changes`}>
      <h3 id={`${id}-changes`}>{t('meeting.changes')}</h3>
      {list.length === 0 ? (
        <p className="muted">{t('meeting.changesEmpty')}</p>
      ) : (
        <ul className="changes-list">
          {list.map((c) => {
            const names = c.by.map((n) => n ?? t('meeting.changesNobody')).join(', ')
            const label =
              recordLabel(editor.doc, c.id) ??
              t(c.kind === 'node' ? 'meeting.removedNode' : 'meeting.removedEdge')
            return (
              <li key={c.id}>
                <span className={`change-tag is-${c.change}`}>{t(CHANGE_TEXT[c.change])}</span>{' '}
                {c.change !== 'removed' ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      editor.reveal(c.kind === 'node' ? { nodes: [c.id] } : { edges: [c.id] })
                    }
                  >
                    {label}
                  </button>
                ) : (
                  <span>{label}</span>
                )}{' '}
                <span className="muted">{t('meeting.changesBy', { names })}</span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
