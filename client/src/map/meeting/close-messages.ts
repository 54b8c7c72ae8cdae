import { CLOSE_REASONS } from '../../../../shared/src/meeting/meeting-messages.ts'

/*
 * The server's close codes of /collab (server/src/limits/close-codes.ts, README "Close codes")
 * and the facilitator's close reasons (link rotated, map deleted), as what the person in front
 * of the screen needs to know. `final` means reconnecting cannot help: the provider is stopped.
 */

export type CloseMessageKey =
  | 'linkRevoked'
  | 'mapDeleted'
  | 'tooLarge'
  | 'rateLimited'
  | 'mapFull'
  | 'originRefused'
  | 'badMessage'
  | 'slow'

export interface CloseMessage {
  readonly key: CloseMessageKey
  readonly final: boolean
}

/** The message for a close event, or null for an ordinary disconnect (the badge says offline). */
export function closeMessageFor(code: number, reason: string): CloseMessage | null {
  if (reason === CLOSE_REASONS.linkRotated) return { key: 'linkRevoked', final: true }
  if (reason === CLOSE_REASONS.mapDeleted) return { key: 'mapDeleted', final: true }
  switch (code) {
    case 1009:
    case 4413:
      return { key: 'tooLarge', final: false }
    case 4429:
      return { key: 'rateLimited', final: false }
    case 4503:
      return { key: 'mapFull', final: false }
    case 4403:
      return { key: 'originRefused', final: true }
    case 4400:
      return { key: 'badMessage', final: false }
    case 4408:
      return { key: 'slow', final: false }
    default:
      return null
  }
}
