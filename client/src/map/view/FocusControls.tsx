import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapModel } from '../../shared.ts'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { focusState } from './view-state.ts'

/** "Umfeld zeigen": the selected actor's neighbourhood, one or two steps, the rest dimmed. */
export function FocusControls({ model }: { readonly model: MapModel }) {
  const { t } = useTranslation()
  const { selection } = useEditor()
  const selectedId = useStoreSlice(selection, (s) =>
    s.nodes.length === 1 ? s.nodes[0] : undefined,
  )
  const focus = useStoreSlice(focusState, (f) => f)
  const [steps, setSteps] = useState<1 | 2>(1)
  const selected = selectedId ? model.nodes.find((n) => n.id === selectedId) : undefined
  return (
    <section className="filter-section">
      <h3>{t('view.focus')}</h3>
      <p className="filter-hint">{t('view.focusHint')}</p>
      <fieldset className="filter-steps">
        <legend className="visually-hidden">{t('view.focusSteps')}</legend>
        {([1, 2] as const).map((n) => (
          <label key={n}>
            <input
              type="radio"
              name="focus-steps"
              checked={steps === n}
              onChange={() => {
                setSteps(n)
                if (focus) focusState.set({ ...focus, steps: n })
              }}
            />
            {t(n === 1 ? 'view.focusOne' : 'view.focusTwo')}
          </label>
        ))}
      </fieldset>
      <div className="filter-actions">
        <button
          type="button"
          disabled={!selected}
          onClick={() =>
            selected && focusState.set({ id: selected.id, label: selected.label, steps })
          }
        >
          {t('view.focusShow')}
        </button>
        {focus && (
          <button type="button" onClick={() => focusState.set(null)}>
            {t('view.focusEnd')}
          </button>
        )}
      </div>
      {!selected && <p className="filter-hint">{t('view.focusNeedsSelection')}</p>}
    </section>
  )
}
