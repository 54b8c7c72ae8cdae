import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Language } from '../../../shared/src/index.ts'
import { TITLE_MAX_LENGTH } from '../../../shared/src/index.ts'
import { preferredLanguage } from './language.ts'

const MESSAGES = {
  invalid_json: {
    de: 'Die Anfrage enthält kein gültiges JSON.',
    en: 'The request body is not valid JSON.',
  },
  invalid_input: {
    de: `Bitte einen Titel mit 1 bis ${TITLE_MAX_LENGTH} Zeichen angeben; der Sozialraum darf höchstens ${TITLE_MAX_LENGTH} Zeichen lang sein.`,
    en: `Please give a title of 1 to ${TITLE_MAX_LENGTH} characters; the area may be at most ${TITLE_MAX_LENGTH} characters long.`,
  },
  unsupported_media_type: {
    de: 'Die Anfrage muss JSON sein (Content-Type: application/json).',
    en: 'The request must be JSON (Content-Type: application/json).',
  },
  payload_too_large: {
    de: 'Die Anfrage ist zu groß.',
    en: 'The request is too large.',
  },
  not_found: {
    de: 'Die Karte wurde nicht gefunden, oder der Link ist ungültig.',
    en: 'The map was not found, or the link is not valid.',
  },
  invalid_request: {
    de: 'Die Angaben sind unvollständig oder ungültig.',
    en: 'The request is incomplete or invalid.',
  },
  forbidden: {
    de: 'Das darf nur die Moderation (mit dem Moderationslink).',
    en: 'Only the facilitator (with the moderation link) may do this.',
  },
  session_open: {
    de: 'Es läuft bereits eine Sitzung. Bitte zuerst beenden.',
    en: 'A session is already running. Please end it first.',
  },
  session_ended: {
    de: 'Diese Sitzung ist bereits beendet.',
    en: 'This session has already ended.',
  },
  internal: {
    de: 'Ein interner Fehler ist aufgetreten. Bitte später erneut versuchen.',
    en: 'An internal error occurred. Please try again later.',
  },
} as const satisfies Record<string, Record<Language, string>>

export type ApiErrorCode = keyof typeof MESSAGES

/** The JSON body of every API error: `{ error: { code, message } }`. */
export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string }
}

/** An API error response, in German unless the client prefers English. */
export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode): Response {
  const lang = preferredLanguage(c.req.header('accept-language'))
  const body: ApiErrorBody = { error: { code, message: MESSAGES[code][lang] } }
  return c.json(body, status)
}
