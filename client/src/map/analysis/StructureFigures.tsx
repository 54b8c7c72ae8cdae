import { useTranslation } from 'react-i18next'
import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'
import {
  explainBrokers,
  explainComponents,
  explainCrossSectorShare,
  explainCutPoint,
  explainCutPoints,
  explainDensity,
  explainEiIndex,
  explainIsolates,
  type LabelOf,
} from '../../../../shared/src/analysis/explain.ts'
import { formatPercent } from '../../../../shared/src/analysis/explain-format.ts'
import type { Language } from '../../../../shared/src/schema/vocabulary.ts'
import { ActorButton } from './ActorButton.tsx'
import { EiChart } from './EiChart.tsx'
import { Figure } from './Figure.tsx'

interface Props {
  readonly analysis: MapAnalysis
  readonly labelOf: LabelOf
  readonly language: Language
}

/** The figures on silos and on the shape of the network. */
export function StructureFigures({ analysis: a, labelOf, language }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <Figure title={t('analysis.ei')} sentence={explainEiIndex(a.eiIndex)[language]}>
        <EiChart bySector={a.eiIndex.bySector} language={language} />
      </Figure>
      <Figure title={t('analysis.cross')} sentence={explainCrossSectorShare(a.eiIndex)[language]} />
      <Figure
        title={t('analysis.density')}
        sentence={explainDensity(a.density, a.actors, a.links)[language]}
      />
      <Figure
        title={t('analysis.components')}
        sentence={explainComponents(a.components)[language]}
      />
      <Figure
        title={t('analysis.isolates')}
        sentence={explainIsolates(a.isolates, labelOf)[language]}
      >
        {a.isolates.length > 0 && (
          <ul className="analysis-list is-inline">
            {a.isolates.map((id) => (
              <li key={id}>
                <ActorButton ids={[id]}>{labelOf(id)}</ActorButton>
              </li>
            ))}
          </ul>
        )}
      </Figure>
      <Figure title={t('analysis.brokers')} sentence={explainBrokers(a.brokers, labelOf)[language]}>
        {a.brokers.length > 0 && (
          <ol className="analysis-list">
            {a.brokers.map((broker) => (
              <li key={broker.id}>
                <ActorButton ids={[broker.id]}>
                  {labelOf(broker.id)}{' '}
                  <span className="analysis-value">
                    {formatPercent(broker.betweenness, language)}
                  </span>
                </ActorButton>
              </li>
            ))}
          </ol>
        )}
      </Figure>
      <Figure
        title={t('analysis.cutPoints')}
        sentence={explainCutPoints(a.cutPoints, labelOf)[language]}
      >
        {a.cutPoints.length > 0 && (
          <ul className="analysis-list">
            {a.cutPoints.map((id) => (
              <li key={id}>
                <ActorButton ids={[id]}>{explainCutPoint(id, labelOf)[language]}</ActorButton>
              </li>
            ))}
          </ul>
        )}
      </Figure>
    </>
  )
}
