import { useTranslation } from 'react-i18next'
import { explainSectorEi } from '../../../../shared/src/analysis/explain.ts'
import { formatIndex } from '../../../../shared/src/analysis/explain-format.ts'
import type { Language, Sector } from '../../../../shared/src/schema/vocabulary.ts'
import { SECTOR_COLORS } from '../view/palette.ts'

interface Props {
  readonly bySector: Partial<Record<Sector, number | null>>
  readonly language: Language
}

const ROW = 26
const LABEL_WIDTH = 185
const BAR_WIDTH = 110
const VALUE_WIDTH = 46

/**
 * The E-I index per Säule as a bar chart from −1 (closed) to +1 (open). Every bar carries its
 * value as text and the whole chart is described in words (sentences for screen readers), so
 * nothing depends on colour.
 */
export function EiChart({ bySector, language }: Props) {
  const { t } = useTranslation()
  const rows = (Object.entries(bySector) as [Sector, number | null][]).sort(
    ([, x], [, y]) => (x ?? 2) - (y ?? 2),
  )
  if (rows.length === 0) return null
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
  const centre = LABEL_WIDTH + BAR_WIDTH / 2
  const description = rows.map(([s, v]) => explainSectorEi(s, v)[language]).join(' ')
  return (
    <figure className="ei-chart">
      <svg
        role="img"
        aria-label={`${t('analysis.eiChart')}: ${description}`}
        viewBox={`0 0 ${width} ${rows.length * ROW + 18}`}
        width="100%"
      >
        <text x={LABEL_WIDTH} y={12} className="ei-axis">
          −1
        </text>
        <text x={centre} y={12} className="ei-axis" textAnchor="middle">
          0
        </text>
        <text x={LABEL_WIDTH + BAR_WIDTH} y={12} className="ei-axis" textAnchor="end">
          +1
        </text>
        <line x1={centre} x2={centre} y1={16} y2={rows.length * ROW + 18} className="ei-zero" />
        {rows.map(([sector, value], i) => {
          const y = 18 + i * ROW
          const length = value === null ? 0 : Math.abs(value) * (BAR_WIDTH / 2)
          const x = value !== null && value < 0 ? centre - length : centre
          return (
            <g key={sector}>
              <text x={LABEL_WIDTH - 6} y={y + 16} textAnchor="end" className="ei-label">
                {t(`sector.${sector}`)}
              </text>
              <rect
                x={x}
                y={y + 5}
                width={Math.max(length, value === 0 ? 1 : 0)}
                height={14}
                fill={SECTOR_COLORS[sector]}
                className="ei-bar"
              />
              <text x={width - 2} y={y + 16} textAnchor="end" className="ei-value">
                {value === null ? '–' : formatIndex(value, language)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="muted">{t('analysis.eiChartCaption')}</figcaption>
    </figure>
  )
}
