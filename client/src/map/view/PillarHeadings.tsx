import { ViewportPortal } from '@xyflow/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapModel } from '../../shared.ts'
import { NO_SECTOR_COLOR, SECTOR_COLORS } from './palette.ts'
import { pillarHeadings } from './pillar-headings.ts'
import { NO_SECTOR } from './view-filter.ts'

/** The sector names above the columns while the map stands in the Säulen view (local). */
export function PillarHeadings({ model }: { readonly model: MapModel }) {
  const { t } = useTranslation()
  const headings = useMemo(() => pillarHeadings(model.nodes), [model.nodes])
  if (!headings) return null
  return (
    <ViewportPortal>
      {headings.map((h) => (
        <p
          key={h.sector}
          className="pillar-heading"
          style={{
            transform: `translate(${h.x}px, ${h.y}px) translateY(-100%)`,
            borderColor: h.sector === NO_SECTOR ? NO_SECTOR_COLOR : SECTOR_COLORS[h.sector],
          }}
        >
          {h.sector === NO_SECTOR ? t('view.noSector') : t(`sector.${h.sector}`)}
        </p>
      ))}
    </ViewportPortal>
  )
}
