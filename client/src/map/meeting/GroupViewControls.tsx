import { useReactFlow, useStore } from '@xyflow/react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { useMeeting } from './meeting-context.ts'
import { useAwarenessValue } from './useAwarenessStates.ts'

/** "Alle zu mir" and the spotlight on one node or link. */
export function GroupViewControls() {
  const { t } = useTranslation()
  const id = useId()
  const meeting = useMeeting()
  const editor = useEditor()
  const rf = useReactFlow()
  const width = useStore((s) => s.width)
  const height = useStore((s) => s.height)
  const [summoned, setSummoned] = useState(false)
  const selected = useStoreSlice(editor.selection, (s) => {
    const all = [...s.nodes, ...s.edges]
    return all.length === 1 ? (all[0] ?? null) : null
  })
  const spotlight = useAwarenessValue((states, self) => {
    const value = states.get(self)?.spotlight as { recordId?: unknown } | null | undefined
    return typeof value?.recordId === 'string' ? value.recordId : null
  })

  const summon = () => {
    const v = rf.getViewport()
    meeting.setField('summon', {
      viewport: { x: (width / 2 - v.x) / v.zoom, y: (height / 2 - v.y) / v.zoom, zoom: v.zoom },
      at: Date.now(),
    })
    setSummoned(true)
  }

  return (
    <section aria-labelledby={`${id}-view`}>
      <h3 id={`${id}-view`}>{t('meeting.viewTitle')}</h3>
      <p className="muted" id={`${id}-summon-hint`}>
        {t('meeting.summonHint')}
      </p>
      <button
        type="button"
        className="button primary"
        aria-describedby={`${id}-summon-hint`}
        onClick={summon}
      >
        {t('meeting.summon')}
      </button>
      <p role="status">{summoned ? t('meeting.summoned') : ''}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!selected}
          onClick={() => selected && meeting.setField('spotlight', { recordId: selected })}
        >
          {t('meeting.spotlight')}
        </button>
        {spotlight && (
          <button
            type="button"
            className="button"
            onClick={() => meeting.setField('spotlight', null)}
          >
            {t('meeting.spotlightOff')}
          </button>
        )}
      </div>
      {!selected && <p className="muted">{t('meeting.spotlightNeedsSelection')}</p>}
    </section>
  )
}
