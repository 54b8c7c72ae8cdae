import { useTranslation } from 'react-i18next'
import { EDGE_KINDS, EDGE_STATUSES, NODE_KINDS, THEMES } from '../../shared.ts'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { FilterChecks } from './FilterChecks.tsx'
import { FocusControls } from './FocusControls.tsx'
import { SearchBox } from './SearchBox.tsx'
import { usedSectors } from './used-sectors.ts'
import { useLiveModel } from './useLiveModel.ts'
import { type FilterState, filterCount, NO_FILTER, NO_SECTOR, toggled } from './view-filter.ts'
import { filterState } from './view-state.ts'
import './view-panels.css'

/** The sidebar's "Filter" tab: search, neighbourhood focus and filters — all local to this tab. */
export default function FilterPanel() {
  const { t } = useTranslation()
  const { doc } = useEditor()
  const model = useLiveModel(doc, true)
  const filter = useStoreSlice(filterState, (f) => f)
  if (!model) return null
  const set = (patch: Partial<FilterState>) => filterState.set({ ...filter, ...patch })
  return (
    <div className="filter-panel">
      <p className="filter-hint">{t('view.filterIntro')}</p>
      <SearchBox model={model} />
      <FocusControls model={model} />
      <section className="filter-section">
        <h3>{t('view.filterTab')}</h3>
        <FilterChecks
          title={t('view.kinds')}
          values={NODE_KINDS}
          label={(k) => t(`kind.${k}`)}
          checked={(k) => !filter.hiddenKinds.has(k)}
          onToggle={(k) => set({ hiddenKinds: toggled(filter.hiddenKinds, k) })}
        />
        <FilterChecks
          title={t('view.sectors')}
          values={usedSectors(model.nodes)}
          label={(s) => (s === NO_SECTOR ? t('view.noSector') : t(`sector.${s}`))}
          checked={(s) => !filter.hiddenSectors.has(s)}
          onToggle={(s) => set({ hiddenSectors: toggled(filter.hiddenSectors, s) })}
        />
        <FilterChecks
          title={t('view.themes')}
          intro={t('view.themesIntro')}
          values={THEMES}
          label={(th) => t(`theme.${th}`)}
          checked={(th) => filter.themes.has(th)}
          onToggle={(th) => set({ themes: toggled(filter.themes, th) })}
        />
        <FilterChecks
          title={t('view.edgeKinds')}
          values={EDGE_KINDS}
          label={(k) => t(`edgeKind.${k}`)}
          checked={(k) => !filter.hiddenEdgeKinds.has(k)}
          onToggle={(k) => set({ hiddenEdgeKinds: toggled(filter.hiddenEdgeKinds, k) })}
        />
        <FilterChecks
          title={t('view.statuses')}
          values={EDGE_STATUSES}
          label={(s) => t(`edgeStatus.${s}`)}
          checked={(s) => !filter.hiddenStatuses.has(s)}
          onToggle={(s) => set({ hiddenStatuses: toggled(filter.hiddenStatuses, s) })}
        />
        <div className="filter-actions">
          <button
            type="button"
            disabled={filterCount(filter) === 0}
            onClick={() => filterState.set(NO_FILTER)}
          >
            {t('view.reset')}
          </button>
        </div>
      </section>
    </div>
  )
}
