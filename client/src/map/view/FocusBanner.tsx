import { useTranslation } from 'react-i18next'
import { useStoreSlice } from '../../ui/store.ts'
import { focusState } from './view-state.ts'

/** While a neighbourhood is in focus: whose, how far, and a way out — in the canvas' view panel. */
export function FocusBanner() {
  const { t } = useTranslation()
  const focus = useStoreSlice(focusState, (f) => f)
  if (!focus) return null
  return (
    <div className="focus-banner">
      <p>{t('view.focusActive', { label: focus.label })}</p>
      <label>
        <span className="visually-hidden">{t('view.focusSteps')}</span>
        <select
          value={focus.steps}
          onChange={(e) => focusState.set({ ...focus, steps: e.target.value === '2' ? 2 : 1 })}
        >
          <option value="1">{t('view.focusOne')}</option>
          <option value="2">{t('view.focusTwo')}</option>
        </select>
      </label>
      <button type="button" onClick={() => focusState.set(null)}>
        {t('view.focusEnd')}
      </button>
    </div>
  )
}
