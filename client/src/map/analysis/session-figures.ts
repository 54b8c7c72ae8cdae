import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'

/** The figures a session's start and end are compared by (as the server sends them). */
export interface SessionFigures {
  readonly actors: number
  readonly links: number
  readonly eiIndex: number | null
  readonly crossSectorShare: number | null
}

export interface SessionComparisonData {
  readonly title: string
  readonly running: boolean
  readonly start: SessionFigures
  /** Figures at the end; null while the session runs (then the live figures are "now"). */
  readonly end: SessionFigures | null
}

const figures = (value: unknown): SessionFigures | null => {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  const numOrNull = (x: unknown) => (typeof x === 'number' ? x : null)
  if (typeof v.actors !== 'number' || typeof v.links !== 'number') return null
  return {
    actors: v.actors,
    links: v.links,
    eiIndex: numOrNull(v.eiIndex),
    crossSectorShare: numOrNull(v.crossSectorShare),
  }
}

/** Today's figures in the same shape. */
export const liveFigures = (a: MapAnalysis): SessionFigures => ({
  actors: a.actors,
  links: a.links,
  eiIndex: a.eiIndex.overall,
  crossSectorShare: a.crossSectorShare,
})

/**
 * The newest session of the map with its start (and end) figures, or null when the map has no
 * session yet or the server offers none. The token travels in a header, never in the URL.
 */
export async function fetchLatestSession(
  mapId: string,
  token: string,
  signal?: AbortSignal,
): Promise<SessionComparisonData | null> {
  const headers = { authorization: `Bearer ${token}` }
  const base = `/api/maps/${encodeURIComponent(mapId)}/sessions`
  const list = await fetch(base, { headers, signal })
  if (!list.ok) return null
  const sessions = ((await list.json()) as { sessions?: { id?: unknown }[] }).sessions ?? []
  const id = sessions[0]?.id
  if (typeof id !== 'string') return null
  const response = await fetch(`${base}/${encodeURIComponent(id)}/analysis`, { headers, signal })
  if (!response.ok) return null
  const body = (await response.json()) as Record<string, unknown>
  const session = body.session as { title?: unknown; endedAt?: unknown } | undefined
  const start = figures(body.start)
  if (!session || !start) return null
  const running = session.endedAt === null
  return {
    title: typeof session.title === 'string' ? session.title : '',
    running,
    start,
    end: running ? null : figures(body.end),
  }
}
