/** A map this browser has opened, with what it takes to open it again. */
export interface RecentMap {
  readonly id: string
  readonly title: string
  readonly area?: string
  readonly role: 'edit' | 'view' | 'facilitate'
  readonly token: string
  /** Milliseconds since the epoch. */
  readonly openedAt: number
}

const RANK = { view: 0, edit: 1, facilitate: 2 } as const

export const RECENT_MAPS_KEY = 'quartiersnetz.recentMaps'
/** Enough for a coordinator's handful of maps; older entries fall off the end. */
export const RECENT_MAPS_LIMIT = 20

function isRecentMap(value: unknown): value is RecentMap {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    (v.area === undefined || typeof v.area === 'string') &&
    (v.role === 'edit' || v.role === 'view' || v.role === 'facilitate') &&
    typeof v.token === 'string' &&
    typeof v.openedAt === 'number'
  )
}

/** The stored list, newest first; anything unreadable (another version, a hand edit) is dropped. */
export function parseRecentMaps(raw: string | null): RecentMap[] {
  if (!raw) return []
  try {
    const value: unknown = JSON.parse(raw)
    if (!Array.isArray(value)) return []
    return value.filter(isRecentMap).sort((a, b) => b.openedAt - a.openedAt)
  } catch {
    return []
  }
}

/**
 * The list after opening `map`: it moves to the top, once. An edit token is not replaced by a
 * view token of the same map (opening the projector link must not cost the editing access).
 */
export function withOpened(list: readonly RecentMap[], map: RecentMap): RecentMap[] {
  const previous = list.find((m) => m.id === map.id)
  // Nor a moderation token by an edit or view token: the facilitator needs it back.
  const keep = previous !== undefined && RANK[previous.role] > RANK[map.role]
  const entry = keep ? { ...map, role: previous.role, token: previous.token } : map
  return [entry, ...list.filter((m) => m.id !== map.id)].slice(0, RECENT_MAPS_LIMIT)
}

/** The list without one map. */
export function without(list: readonly RecentMap[], id: string): RecentMap[] {
  return list.filter((m) => m.id !== id)
}

/** Reads the list from localStorage (empty when storage is blocked). */
export function loadRecentMaps(): RecentMap[] {
  try {
    return parseRecentMaps(localStorage.getItem(RECENT_MAPS_KEY))
  } catch {
    return []
  }
}

/** Writes the list; when storage is blocked the list simply is not remembered. */
export function saveRecentMaps(list: readonly RecentMap[]): void {
  try {
    localStorage.setItem(RECENT_MAPS_KEY, JSON.stringify(list))
  } catch {
    // Private mode or full storage: nothing to remember then.
  }
}

/** This browser's entry for a map, if it opened it before (offline fallback, lost token). */
export function findRecentMap(id: string): RecentMap | undefined {
  return loadRecentMaps().find((m) => m.id === id)
}

/** Remembers that this browser opened a map (called when a map has opened). */
export function rememberMap(map: RecentMap): void {
  saveRecentMaps(withOpened(loadRecentMaps(), map))
}

/** The link that opens a remembered map; the token stays in the fragment. */
export function recentMapHref(map: RecentMap): string {
  return `/m/${encodeURIComponent(map.id)}#t=${encodeURIComponent(map.token)}`
}
