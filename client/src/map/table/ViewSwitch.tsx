import { useTranslation } from 'react-i18next'
import './view-switch.css'

export type MapView = 'map' | 'table'

/** "Karte / Tabelle": two toggle buttons; the table replaces the canvas. */
export function ViewSwitch({ view, onView }: { view: MapView; onView: (view: MapView) => void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="qn-view-switch">
      <legend className="visually-hidden">{t('table.view')}</legend>
      {(['map', 'table'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className="qn-view-switch__button"
          aria-pressed={view === v}
          onClick={() => onView(v)}
        >
          {t(v === 'map' ? 'table.showMap' : 'table.showTable')}
        </button>
      ))}
    </fieldset>
  )
}
