import i18next, { type ResourceKey } from 'i18next'
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

async function englishTexts(): Promise<ResourceKey> {
  const { en } = await import('./en.ts')
  return { ...en, ...vocabulary('en') }
}

/**
 * The English texts are a chunk of their own, loaded when someone switches to English: most
 * people use the German interface and should not download both. Not an i18next backend: the
 * feature folders add their own small English bundles at import (meeting, data exchange), and
 * i18next then takes English for loaded and never asks a backend, leaving most texts German.
 */
let englishLoaded = false

/** Switches the interface language, loading the English texts first when needed. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en' && !englishLoaded) {
    // Deep merge: the feature bundles added before stay.
    i18next.addResourceBundle('en', 'translation', await englishTexts(), true, true)
    englishLoaded = true
  }
  await i18next.changeLanguage(language)
}

/**
 * Starts i18next with German as default and keeps `<html lang>` in step with the language.
 * Resolves when the texts of the chosen language are there: at once for German; for whoever
 * chose English before, once the English chunk has loaded, so the first frame is English, not
 * German first. (A promise for main.tsx, not a top-level await here: a top-level await made the
 * bundler split the start-up code into some 50 chunks, a request waterfall of about 0.5 s.)
 */
export async function initI18n(): Promise<typeof i18next> {
  const stored = storedLanguage()
  const initialEnglish = stored === 'en' ? await englishTexts().catch(() => null) : null
  englishLoaded = initialEnglish !== null
  const language = initialEnglish ? 'en' : 'de'
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'de',
    supportedLngs: LANGUAGES,
    initAsync: false,
    // German (and English when it was chosen before) is given here; switchLanguage adds English.
    interpolation: { escapeValue: false },
    resources: {
      de: { translation: { ...de, ...vocabulary('de') } },
      ...(initialEnglish ? { en: { translation: initialEnglish } } : {}),
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
