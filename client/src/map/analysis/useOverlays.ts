import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'
import type { MapModel } from '../../../../shared/src/doc/read-map.ts'
import { createStore, useStoreSlice } from '../../ui/store.ts'
import { setLayer } from '../view/decorations.ts'
import { analysisDecoration, NO_OVERLAYS, type OverlayToggles } from './overlays.ts'

/** This participant's overlay switches; kept while the panel is closed and opened again. */
export const overlayToggles = createStore<OverlayToggles>(NO_OVERLAYS)

/** The switches, for the panel's checkboxes. */
export function useOverlayToggles(): OverlayToggles {
  return useStoreSlice(overlayToggles, (value) => value)
}

/**
 * Writes the switched-on overlays into the view's 'analysis' layer (local, never into the
 * document). The layer goes when the panel closes: overlays of figures no longer kept up to
 * date would mislead.
 */
export function useOverlays(analysis: MapAnalysis | null, model: MapModel): void {
  const { t } = useTranslation()
  const toggles = useOverlayToggles()
  // Moves change the model but no overlay: read it through a ref so dragging rebuilds nothing.
  const latest = useRef(model)
  latest.current = model
  useEffect(() => {
    if (!analysis) return
    setLayer(
      'analysis',
      analysisDecoration(analysis, latest.current, toggles, {
        isolated: t('analysis.isolatedBadge'),
        community: (number) => t('analysis.communityBadge', { number }),
        brokerRank: (rank) => t('analysis.brokerBadge', { rank }),
      }),
    )
  }, [analysis, toggles, t])
  useEffect(() => () => setLayer('analysis', null), [])
}
