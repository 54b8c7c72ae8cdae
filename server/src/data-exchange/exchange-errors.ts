import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Language } from '../../../shared/src/index.ts'
import { preferredLanguage } from '../http/language.ts'

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024))

/** The messages of the import/export API, German first. */
export const EXCHANGE_MESSAGES = {
  read_only: (_: object) => ({
    de: 'Mit einem Ansichtslink kann nichts importiert werden. Bitte den Bearbeitungslink verwenden.',
    en: 'A view link cannot import anything. Please use the edit link.',
  }),
  locked: (_: object) => ({
    de: 'Die Karte ist gerade gesperrt: nur die Moderation kann jetzt etwas ändern oder importieren.',
    en: 'The map is locked right now: only the facilitator can change or import anything.',
  }),
  unknown_format: (p: { formats: readonly string[] }) => ({
    de: `Unbekanntes Format. Möglich sind: ${p.formats.join(', ')}.`,
    en: `Unknown format. Possible formats: ${p.formats.join(', ')}.`,
  }),
  invalid_query: (p: { detail: string }) => ({
    de: `Ungültige Angabe: ${p.detail}.`,
    en: `Invalid parameter: ${p.detail}.`,
  }),
  invalid_mapping: (_: object) => ({
    de: 'Die Spaltenzuordnung (X-Import-Mapping) ist kein gültiges JSON der Vorschau („plan.mapping“).',
    en: 'The column mapping (X-Import-Mapping) is not valid JSON as the preview gives it ("plan.mapping").',
  }),
  payload_too_large: (p: { limit: number; format: string }) => ({
    de: `Die Datei ist zu groß: höchstens ${mb(p.limit)} MB für ${p.format.toUpperCase()}. Bitte in kleinere Dateien teilen.`,
    en: `The file is too large: at most ${mb(p.limit)} MB for ${p.format.toUpperCase()}. Please split it into smaller files.`,
  }),
  too_many_files: (_: object) => ({
    de: 'Mehrere Dateien gehen nur bei CSV (eine Akteurs- und eine Verbindungsliste).',
    en: 'Several files are only possible for CSV (an actor list and a link list).',
  }),
  invalid_file: (p: { detail: string }) => ({
    de: `Die Datei kann nicht importiert werden: ${p.detail}`,
    en: `The file cannot be imported: ${p.detail}`,
  }),
} as const

export type ExchangeErrorCode = keyof typeof EXCHANGE_MESSAGES

/** An error response with the API's `{ error: { code, message } }` shape, and extra fields. */
export function exchangeError<C extends ExchangeErrorCode>(
  c: Context,
  status: ContentfulStatusCode,
  code: C,
  params: Parameters<(typeof EXCHANGE_MESSAGES)[C]>[0],
  extra: Record<string, unknown> = {},
): Response {
  const lang = preferredLanguage(c.req.header('accept-language'))
  const message = messageOf(code, params, lang)
  return c.json({ error: { code, message }, ...extra }, status)
}

export function messageOf<C extends ExchangeErrorCode>(
  code: C,
  params: Parameters<(typeof EXCHANGE_MESSAGES)[C]>[0],
  lang: Language,
): string {
  const template = EXCHANGE_MESSAGES[code] as (p: typeof params) => Record<Language, string>
  return template(params)[lang]
}
