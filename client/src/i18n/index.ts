import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import {
  EDGE_KIND_LABELS,
  EDGE_STATUS_LABELS,
  type Labels,
  type Language,
  NODE_KIND_LABELS,
  SECTOR_LABELS,
  THEME_LABELS,
} from '../../../shared/src/schema/vocabulary.ts'
import { de } from './de.ts'
import { en } from './en.ts'

export const LANGUAGES: readonly Language[] = ['de', 'en']
const STORAGE_KEY = 'quartiersnetz.language'

// Domain words live once in shared/ so exports, server and UI say the same thing.
function vocabulary(language: Language) {
  const pick = (table: Readonly<Record<string, Labels>>) =>
    Object.fromEntries(Object.entries(table).map(([key, labels]) => [key, labels[language]]))
  return {
    kind: pick(NODE_KIND_LABELS),
    edgeKind: pick(EDGE_KIND_LABELS),
    edgeStatus: pick(EDGE_STATUS_LABELS),
    sector: pick(SECTOR_LABELS),
    theme: pick(THEME_LABELS),
  }
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (stored === 'de' || stored === 'en') return stored
  } catch {
    // Storage can be blocked (private mode); German is the default anyway.
  }
  return 'de'
}

/** Starts i18next with German as default and keeps `<html lang>` in step with the language. */
export function initI18n(): typeof i18next {
  const language = storedLanguage()
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'de',
    supportedLngs: LANGUAGES,
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      de: { translation: { ...de, ...vocabulary('de') } },
      en: { translation: { ...en, ...vocabulary('en') } },
    },
  })
  document.documentElement.lang = language
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng
    try {
      localStorage.setItem(STORAGE_KEY, lng)
    } catch {
      // Not remembering the choice is acceptable.
    }
  })
  return i18next
}
