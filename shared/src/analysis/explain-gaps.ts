import { THEME_LABELS } from '../schema/vocabulary.ts'
import { counted, formatNames, type LabelOf, type Sentence } from './explain-format.ts'
import type { AreaGap, Suggestion, ThemeGap } from './gaps.ts'

/** One Lebenslage with no or few services. */
export function explainThemeGap(gap: ThemeGap): Sentence {
  const theme = THEME_LABELS[gap.theme]
  if (gap.services === 0) {
    return {
      de: `Zur Lebenslage ${theme.de} gibt es noch kein Angebot.`,
      en: `There is no service yet for the life situation ${theme.en}.`,
    }
  }
  return {
    de: `Zur Lebenslage ${theme.de} gibt es nur ${counted(gap.services, 'de', 'Angebot', 'Angebote')}.`,
    en: `There ${gap.services === 1 ? 'is' : 'are'} only ${counted(gap.services, 'en', 'service', 'services')} for the life situation ${theme.en}.`,
  }
}

/** One Planungsraum with few actors. */
export function explainAreaGap(gap: AreaGap): Sentence {
  return {
    de: `Im Planungsraum ${gap.planningArea} ${gap.actors === 1 ? 'ist' : 'sind'} nur ${counted(gap.actors, 'de', 'Akteur', 'Akteure')} eingezeichnet.`,
    en: `Only ${counted(gap.actors, 'en', 'actor', 'actors')} ${gap.actors === 1 ? 'is' : 'are'} drawn in the planning area ${gap.planningArea}.`,
  }
}

/** White spots at a glance: whether any Lebenslage or Planungsraum stands out. */
export function explainWhiteSpots(whiteSpots: {
  readonly themes: readonly ThemeGap[]
  readonly planningAreas: readonly AreaGap[]
}): Sentence {
  const themes = whiteSpots.themes.length
  const areas = whiteSpots.planningAreas.length
  if (themes === 0 && areas === 0) {
    return {
      de: 'Keine weißen Flecken: Jede Lebenslage hat mindestens zwei Angebote, und kein Planungsraum fällt mit wenigen Akteuren auf.',
      en: 'No white spots: every life situation has at least two services, and no planning area stands out with few actors.',
    }
  }
  return {
    de: `Weiße Flecken: ${counted(themes, 'de', 'Lebenslage', 'Lebenslagen')} mit keinem oder nur einem Angebot, ${counted(areas, 'de', 'Planungsraum', 'Planungsräume')} mit höchstens einem Akteur.`,
    en: `White spots: ${counted(themes, 'en', 'life situation', 'life situations')} with no or only one service, ${counted(areas, 'en', 'planning area', 'planning areas')} with at most one actor.`,
  }
}

/** A suggested link: two actors on the same Lebenslagen who are not linked yet. */
export function explainSuggestion(suggestion: Suggestion, labelOf: LabelOf): Sentence {
  const themesDe = formatNames(
    suggestion.sharedThemes.map((t) => THEME_LABELS[t].de),
    'de',
  )
  const themesEn = formatNames(
    suggestion.sharedThemes.map((t) => THEME_LABELS[t].en),
    'en',
  )
  const a = labelOf(suggestion.a)
  const b = labelOf(suggestion.b)
  const plural = suggestion.sharedThemes.length > 1
  return {
    de: `${a} und ${b} arbeiten beide zu ${plural ? 'den Lebenslagen' : 'der Lebenslage'} ${themesDe}, sind aber noch nicht verbunden${suggestion.crossesSectors ? ' – über eine Säulengrenze hinweg' : ''}.`,
    en: `${a} and ${b} both work on ${themesEn} but are not linked yet${suggestion.crossesSectors ? ', across a sector boundary' : ''}.`,
  }
}
