import { useTranslation } from 'react-i18next'
import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'
import {
  explainAreaGap,
  explainCommunities,
  explainCommunity,
  explainSuggestion,
  explainThemeGap,
  explainWhiteSpots,
  type LabelOf,
} from '../../../../shared/src/analysis/explain.ts'
import { formatNames } from '../../../../shared/src/analysis/explain-format.ts'
import type { NodeId } from '../../../../shared/src/schema/ids.ts'
import type { Language } from '../../../../shared/src/schema/vocabulary.ts'
import { useEditor } from '../editor/editor-context.ts'
import { ActorButton } from './ActorButton.tsx'
import { Figure } from './Figure.tsx'
import { COMMUNITY_COLORS } from './overlays.ts'

interface Props {
  readonly analysis: MapAnalysis
  /** Actors per Planungsraum. */
  readonly areaMembers: ReadonlyMap<string, readonly string[]>
  readonly labelOf: LabelOf
  readonly language: Language
}

/** Communities against the Säulen, white spots, and suggested links. */
export function GroupFigures({ analysis: a, areaMembers, labelOf, language }: Props) {
  const { t } = useTranslation()
  const editor = useEditor()
  return (
    <>
      <Figure
        title={t('analysis.communities')}
        sentence={explainCommunities(a.communities)[language]}
      >
        {a.communities.length > 0 && (
          <ol className="analysis-list">
            {a.communities.map((community, index) => (
              <li key={community.members[0]}>
                <span
                  className="analysis-swatch"
                  style={{ background: COMMUNITY_COLORS[index % COMMUNITY_COLORS.length] }}
                  aria-hidden="true"
                >
                  {t('analysis.communityBadge', { number: index + 1 })}
                </span>
                <ActorButton ids={community.members}>
                  {explainCommunity(community, index + 1)[language]}
                </ActorButton>
                <p className="muted analysis-members">
                  {formatNames(
                    community.members.map(labelOf).sort((x, y) => x.localeCompare(y, language)),
                    language,
                    8,
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Figure>
      <Figure title={t('analysis.whiteSpots')} sentence={explainWhiteSpots(a.whiteSpots)[language]}>
        <ul className="analysis-list">
          {a.whiteSpots.themes.map((gap) => (
            <li key={gap.theme}>{explainThemeGap(gap)[language]}</li>
          ))}
          {a.whiteSpots.planningAreas.map((gap) => (
            <li key={gap.planningArea}>
              <ActorButton ids={areaMembers.get(gap.planningArea) ?? []}>
                {explainAreaGap(gap)[language]}
              </ActorButton>
            </li>
          ))}
        </ul>
      </Figure>
      <Figure
        title={t('analysis.suggestions')}
        sentence={t(
          a.suggestions.length > 0 ? 'analysis.suggestionsIntro' : 'analysis.noSuggestions',
        )}
      >
        {a.suggestions.length > 0 && (
          <ul className="analysis-list">
            {a.suggestions.map((s) => (
              <li key={`${s.a}-${s.b}`}>
                <ActorButton ids={[s.a, s.b]}>
                  {explainSuggestion(s, labelOf)[language]}
                </ActorButton>
                {!editor.readOnly && (
                  <button
                    type="button"
                    className="analysis-propose"
                    aria-label={t('analysis.proposeLabel', { a: labelOf(s.a), b: labelOf(s.b) })}
                    onClick={() =>
                      editor.actions.connect(s.a as NodeId, s.b as NodeId, 'cooperation', 'planned')
                    }
                  >
                    {t('analysis.propose')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Figure>
    </>
  )
}
