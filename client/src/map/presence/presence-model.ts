/** Participant colours; white text on each has ≥ 4.5:1 contrast (WCAG AA). */
export const PALETTE = [
  '#0b5cad',
  '#a3242d',
  '#1d6b38',
  '#7a3ea1',
  '#995200',
  '#0f6b73',
  '#b0306a',
  '#4a5a0e',
  '#5b4b8a',
  '#8a4b00',
] as const

export const NAME_MAX_LENGTH = 60
const SELECTION_MAX = 500

export interface Cursor {
  readonly x: number
  readonly y: number
}

/** Someone on the map right now, as read (and validated) from their awareness state. */
export interface Participant {
  readonly clientId: number
  readonly name: string
  readonly color: string
  readonly cursor: Cursor | null
  readonly selection: readonly string[]
  readonly self: boolean
  /** A raised hand (meeting mode). */
  readonly hand: boolean
  /** The organisation the server stamped from `identify`, if given. */
  readonly organisation?: string
}

export interface SelectedBy {
  readonly name: string
  readonly color: string
}
/** Node id → the other participants who have it selected. */
export type RemoteSelection = ReadonlyMap<string, readonly SelectedBy[]>

/** Trims and bounds a display name; an empty result means "no name". */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH)
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function parseCursor(value: unknown): Cursor | null {
  if (typeof value !== 'object' || value === null) return null
  const { x, y } = value as Record<string, unknown>
  return isFiniteNumber(x) && isFiniteNumber(y) ? { x, y } : null
}

/**
 * Reads one awareness state. Peers can send anything, so only well-formed fields survive and a
 * state without a user name (a viewer, or a tab that has not asked yet) is no participant.
 */
export function parseParticipant(
  clientId: number,
  state: unknown,
  selfId: number,
): Participant | null {
  if (typeof state !== 'object' || state === null) return null
  const { user, cursor, selection, hand } = state as Record<string, unknown>
  if (typeof user !== 'object' || user === null) return null
  const { name, color, organisation } = user as Record<string, unknown>
  if (typeof name !== 'string' || cleanName(name) === '') return null
  const safeColor =
    typeof color === 'string' && (PALETTE as readonly string[]).includes(color)
      ? color
      : colorForClient(clientId)
  return {
    clientId,
    name: cleanName(name),
    color: safeColor,
    cursor: parseCursor(cursor),
    selection: Array.isArray(selection)
      ? selection.filter((id): id is string => typeof id === 'string').slice(0, SELECTION_MAX)
      : [],
    self: clientId === selfId,
    hand: hand === true,
    ...(typeof organisation === 'string' && cleanName(organisation) !== ''
      ? { organisation: organisation.replace(/\s+/g, ' ').trim().slice(0, 120) }
      : {}),
  }
}

/** A stable fallback colour for a client id. */
export function colorForClient(clientId: number): string {
  return PALETTE[Math.abs(clientId) % PALETTE.length] ?? PALETTE[0]
}

/** The first palette colour nobody else uses yet (falls back to one derived from the id). */
export function pickColor(taken: ReadonlySet<string>, clientId: number): string {
  return PALETTE.find((c) => !taken.has(c)) ?? colorForClient(clientId)
}

/** Which nodes others have selected, for the coloured outlines. */
export function remoteSelectionOf(participants: readonly Participant[]): RemoteSelection {
  const byNode = new Map<string, SelectedBy[]>()
  for (const p of participants) {
    if (p.self) continue
    for (const id of p.selection) {
      const list = byNode.get(id) ?? []
      list.push({ name: p.name, color: p.color })
      byNode.set(id, list)
    }
  }
  return byNode
}

/** Participants sorted: ourselves first, then by name. */
export function sortParticipants(participants: readonly Participant[]): Participant[] {
  return [...participants].sort((a, b) =>
    a.self !== b.self ? (a.self ? -1 : 1) : a.name.localeCompare(b.name, 'de'),
  )
}
