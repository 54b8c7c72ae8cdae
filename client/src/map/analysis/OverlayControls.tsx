import { useTranslation } from 'react-i18next'
import type { OverlayToggles } from './overlays.ts'
import { overlayToggles, useOverlayToggles } from './useOverlays.ts'

const KEYS: readonly (keyof OverlayToggles)[] = [
  'sizeByBetweenness',
  'isolates',
  'crossSector',
  'communities',
]

/** The overlay switches: they change only this participant's view. */
export function OverlayControls() {
  const { t } = useTranslation()
  const toggles = useOverlayToggles()
  return (
    <fieldset className="analysis-overlays">
      <legend>{t('analysis.overlays')}</legend>
      {KEYS.map((key) => (
        <label key={key} className="analysis-toggle">
          <input
            type="checkbox"
            checked={toggles[key]}
            onChange={(event) =>
              overlayToggles.set({ ...overlayToggles.get(), [key]: event.target.checked })
            }
          />
          {t(`analysis.overlay.${key}`)}
        </label>
      ))}
      <p className="muted">{t('analysis.overlaysLocal')}</p>
    </fieldset>
  )
}
