import { useTranslation } from 'react-i18next'
import { EDGE_KINDS, EDGE_STATUSES, type MapModel, NODE_KINDS } from '../../shared.ts'
import { useStoreSlice } from '../../ui/store.ts'
import { EDGE_COLORS, edgeDash } from '../edges/edge-style.ts'
import { KIND_ICONS } from '../nodes/icons.tsx'
import { LegendToggle } from './LegendToggle.tsx'
import { NO_SECTOR_COLOR, SECTOR_COLORS } from './palette.ts'
import { usedSectors } from './used-sectors.ts'
import { NO_SECTOR, type SectorChoice, toggled } from './view-filter.ts'
import { filterState } from './view-state.ts'

const line = (color: string, dash: string | undefined, arrow = false) => (
  <svg viewBox="0 0 36 12" width="36" height="12" focusable="false" aria-hidden="true">
    <path d="M2 6h30" stroke={color} strokeWidth="2.5" strokeDasharray={dash} fill="none" />
    {arrow && <path d="M28 2l6 4-6 4z" fill={color} />}
  </svg>
)

/**
 * What the shapes, colours and lines mean — and a filter: a click on an entry hides that kind,
 * Säule or link kind on this participant's canvas (or shows it again).
 */
export function Legend({ model }: { readonly model: MapModel | null }) {
  const { t } = useTranslation()
  const filter = useStoreSlice(filterState, (f) => f)
  const sectors: SectorChoice[] = model ? usedSectors(model.nodes) : []
  const update = (patch: Partial<typeof filter>) => filterState.set({ ...filter, ...patch })
  return (
    <section className="legend" aria-label={t('view.legend')}>
      <p className="legend__hint">{t('view.legendHint')}</p>
      <h3>{t('view.kinds')}</h3>
      <ul>
        {NODE_KINDS.map((kind) => {
          const Icon = KIND_ICONS[kind]
          return (
            <LegendToggle
              key={kind}
              name={t(`kind.${kind}`)}
              shown={!filter.hiddenKinds.has(kind)}
              sample={<Icon />}
              onToggle={() => update({ hiddenKinds: toggled(filter.hiddenKinds, kind) })}
            />
          )
        })}
      </ul>
      {sectors.length > 0 && (
        <>
          <h3>{t('view.sectors')}</h3>
          <ul>
            {sectors.map((sector) => (
              <LegendToggle
                key={sector}
                name={sector === NO_SECTOR ? t('view.noSector') : t(`sector.${sector}`)}
                shown={!filter.hiddenSectors.has(sector)}
                sample={
                  <span
                    className="legend__swatch"
                    style={{
                      background: sector === NO_SECTOR ? NO_SECTOR_COLOR : SECTOR_COLORS[sector],
                    }}
                  />
                }
                onToggle={() => update({ hiddenSectors: toggled(filter.hiddenSectors, sector) })}
              />
            ))}
          </ul>
        </>
      )}
      <h3>{t('view.edgeKinds')}</h3>
      <ul>
        {EDGE_KINDS.map((kind) => (
          <LegendToggle
            key={kind}
            name={t(`edgeKind.${kind}`)}
            shown={!filter.hiddenEdgeKinds.has(kind)}
            sample={line(EDGE_COLORS[kind], edgeDash(kind, false))}
            onToggle={() => update({ hiddenEdgeKinds: toggled(filter.hiddenEdgeKinds, kind) })}
          />
        ))}
      </ul>
      <h3>{t('view.statuses')}</h3>
      <ul>
        {EDGE_STATUSES.map((status) => (
          <LegendToggle
            key={status}
            name={t(`edgeStatus.${status}`)}
            shown={!filter.hiddenStatuses.has(status)}
            sample={line('#3b4754', edgeDash('cooperation', status === 'planned'), true)}
            onToggle={() => update({ hiddenStatuses: toggled(filter.hiddenStatuses, status) })}
          />
        ))}
      </ul>
    </section>
  )
}
