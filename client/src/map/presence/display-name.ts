import { cleanName } from './presence-model.ts'

const KEY = 'quartiersnetz.displayName'

/** The display name this browser used before (asked once, kept in localStorage). */
export function loadDisplayName(): string | null {
  try {
    const name = cleanName(localStorage.getItem(KEY) ?? '')
    return name === '' ? null : name
  } catch {
    return null
  }
}

export function saveDisplayName(name: string): void {
  try {
    localStorage.setItem(KEY, name)
  } catch {
    // Then we simply ask again next time.
  }
}

const ORGANISATION_KEY = 'quartiersnetz.organisation'

/** The organisation this browser gave before (optional; for attendance in the minutes). */
export function loadOrganisation(): string {
  try {
    return (localStorage.getItem(ORGANISATION_KEY) ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)
  } catch {
    return ''
  }
}

export function saveOrganisation(organisation: string): void {
  try {
    localStorage.setItem(ORGANISATION_KEY, organisation)
  } catch {
    // Then we simply ask again next time.
  }
}
