import { MiniMap, Panel, useStore } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { useStoreSlice } from '../../ui/store.ts'
import type { FlowNode } from '../canvas/flow-types.ts'
import { useEditor } from '../editor/editor-context.ts'
import { FocusBanner } from './FocusBanner.tsx'
import { Legend } from './Legend.tsx'
import { PillarHeadings } from './PillarHeadings.tsx'
import { NO_SECTOR_COLOR, SECTOR_COLORS } from './palette.ts'
import { useFitOnPresent } from './useFitOnPresent.ts'
import { useFocusShortcut } from './useFocusShortcut.ts'
import { useLiveModel } from './useLiveModel.ts'
import { endPresentation, startPresentation } from './usePresentation.ts'
import { useViewLayers } from './useViewLayers.ts'
import { legendOpen, MINIMAP_AUTO_LIMIT, minimapShown, presenting } from './view-state.ts'
import './view-panels.css'

const sectorColor = (node: FlowNode) =>
  node.data.sector ? SECTOR_COLORS[node.data.sector] : NO_SECTOR_COLOR

/**
 * Everything on the canvas that is about *seeing* the map, for editors and viewers alike: the
 * view buttons (legend, overview map, presentation), the legend, the minimap and the focus bar.
 */
export function ViewOverlay() {
  const { t } = useTranslation()
  const { doc } = useEditor()
  useViewLayers()
  useFocusShortcut()
  const legend = useStoreSlice(legendOpen, (v) => v)
  const small = useStore((s) => s.nodes.length <= MINIMAP_AUTO_LIMIT)
  const minimap = useStoreSlice(minimapShown, (v) => v) ?? small
  const present = useStoreSlice(presenting, (v) => v)
  // The legend lists the map's sectors; the Säulen headings follow the positions (both local).
  const model = useLiveModel(doc, legend || small, 400)
  useFitOnPresent(present)
  return (
    <>
      <Panel position="top-left" className="view-panel">
        <fieldset className="view-controls">
          <legend className="visually-hidden">{t('view.viewControls')}</legend>
          <button
            type="button"
            aria-expanded={legend}
            onClick={() => legendOpen.set(!legend)}
            title={legend ? t('view.legendHide') : t('view.legendShow')}
          >
            {t('view.legend')}
          </button>
          {!present && (
            <>
              <button
                type="button"
                aria-pressed={minimap}
                onClick={() => minimapShown.set(!minimap)}
                title={minimap ? t('view.minimapHide') : t('view.minimapShow')}
              >
                {t('view.minimap')}
              </button>
              <button type="button" onClick={startPresentation} title={t('view.presentHint')}>
                {t('view.present')}
              </button>
            </>
          )}
          {present && (
            <button type="button" className="view-controls__end" onClick={endPresentation}>
              {t('view.presentEnd')}
            </button>
          )}
        </fieldset>
        <FocusBanner />
        {legend && <Legend model={model} />}
      </Panel>
      {minimap && !present && (
        <MiniMap<FlowNode>
          ariaLabel={t('view.minimap')}
          nodeColor={sectorColor}
          nodeStrokeColor="#3b4754"
          nodeStrokeWidth={3}
          nodeBorderRadius={6}
          maskColor="rgb(240 242 245 / 0.7)"
          pannable
          zoomable
        />
      )}
      {model && <PillarHeadings model={model} />}
    </>
  )
}
