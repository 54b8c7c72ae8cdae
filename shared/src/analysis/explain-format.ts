import type { Labels, Language } from '../schema/vocabulary.ts'

/** The locale whose number and list formats a language's sentences use. */
export const LOCALE: Readonly<Record<Language, string>> = { de: 'de-DE', en: 'en-GB' }

/** The current name of an actor (names change without a new analysis). */
export type LabelOf = (id: string) => string

/** A sentence in every UI language. */
export type Sentence = Labels

/** An E-I value with its sign and a real minus (−0,4 / +0,25), at most two decimals. */
export function formatIndex(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  })
    .format(value)
    .replace('-', '\u2212')
}

/** A share 0…1 as a whole percentage ("34 %" in German, with a narrow no-break space). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share)
}

/** A small positive number with two significant digits (a density of 0,051 or 0,0015). */
export function formatSmall(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumSignificantDigits: 2 }).format(value)
}

/** A count with thousands marks (1.234 / 1,234). */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language]).format(value)
}

/**
 * Names joined as a reader would ("A, B und C"), at most `max` of them; the rest are counted
 * ("A, B und 3 weitere") so a sentence about 200 isolates stays one sentence.
 */
export function formatNames(names: readonly string[], language: Language, max = 5): string {
  const shown = names.length > max ? names.slice(0, max - 1) : [...names]
  const rest = names.length - shown.length
  if (rest > 0) {
    const count = formatCount(rest, language)
    shown.push(language === 'de' ? `${count} weitere` : `${count} more`)
  }
  return new Intl.ListFormat(LOCALE[language], { type: 'conjunction' }).format(shown)
}

/** Singular or plural by count, with the count in front ("1 Akteur", "3 Akteure"). */
export function counted(
  count: number,
  language: Language,
  singular: string,
  plural: string,
): string {
  return `${formatCount(count, language)} ${count === 1 ? singular : plural}`
}
