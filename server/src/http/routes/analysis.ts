import { Hono } from 'hono'
import * as Y from 'yjs'
import { analyseMap, type MapAnalysis, readMap } from '../../../../shared/src/index.ts'
import type { MapReader } from '../../app/map-reader.ts'
import type { MapStore } from '../../storage/map-store.ts'
import { apiError } from '../api-error.ts'
import { authorizeMap } from '../authorize-map.ts'

export interface AnalysisRoutesOptions {
  readonly store: MapStore
  readonly reader: MapReader
}

/** The JSON of `GET /api/maps/:id/analysis`: the documented fields first, details after. */
export function analysisResponse(analysis: MapAnalysis) {
  return {
    eiIndex: { overall: analysis.eiIndex.overall, bySector: analysis.eiIndex.bySector },
    crossSectorShare: analysis.crossSectorShare,
    density: analysis.density,
    components: analysis.components,
    isolates: analysis.isolates,
    brokers: analysis.brokers,
    communities: analysis.communities.map((c) => c.members),
    whiteSpots: analysis.whiteSpots,
    suggestions: analysis.suggestions,
    actors: analysis.actors,
    links: analysis.links,
    crossSectorPairs: analysis.eiIndex.external,
    withinSectorPairs: analysis.eiIndex.internal,
    cutPoints: analysis.cutPoints,
    communitySectors: analysis.communities.map((c) => ({
      sectors: c.sectors,
      dominantSector: c.dominantSector,
    })),
  }
}

/** The few figures a session's start and end are compared by (minutes, analysis panel). */
export function sessionFigures(analysis: MapAnalysis) {
  return {
    actors: analysis.actors,
    links: analysis.links,
    eiIndex: analysis.eiIndex.overall,
    crossSectorShare: analysis.crossSectorShare,
    crossSectorPairs: analysis.eiIndex.external,
    withinSectorPairs: analysis.eiIndex.internal,
  }
}

const analyseSnapshot = (snapshot: Uint8Array) => {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, snapshot)
    return sessionFigures(analyseMap(readMap(doc)))
  } finally {
    doc.destroy()
  }
}

/**
 * `GET /api/maps/:id/analysis` and `GET /api/maps/:id/sessions/:sid/analysis` (the figures at
 * the session's start and at its end — now, while it runs) with any valid token.
 */
export function analysisRoutes({ store, reader }: AnalysisRoutesOptions): Hono {
  const app = new Hono()
  app.get('/maps/:id/analysis', async (c) => {
    const access = await authorizeMap(store, c)
    if (!access) return apiError(c, 404, 'not_found')
    const model = await reader.read(access.mapId)
    if (!model) return apiError(c, 404, 'not_found')
    return c.json(analysisResponse(analyseMap(model)))
  })
  app.get('/maps/:id/sessions/:sid/analysis', async (c) => {
    const access = await authorizeMap(store, c)
    if (!access) return apiError(c, 404, 'not_found')
    const session = await store.getSession(access.mapId, c.req.param('sid'))
    if (!session) return apiError(c, 404, 'not_found')
    const current = session.endSnapshot ? null : await reader.read(access.mapId)
    return c.json({
      session: session.info,
      start: analyseSnapshot(session.startSnapshot),
      end: session.endSnapshot
        ? analyseSnapshot(session.endSnapshot)
        : current && sessionFigures(analyseMap(current)),
    })
  })
  return app
}
