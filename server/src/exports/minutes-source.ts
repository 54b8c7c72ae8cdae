import * as Y from 'yjs'
import {
  type Language,
  type MapId,
  type MapModel,
  migrateDoc,
  readMap,
} from '../../../shared/src/index.ts'
import { readAgreements } from '../../../shared/src/meeting/agreements.ts'
import type { Agreement } from '../../../shared/src/meeting/meeting-types.ts'
import type { MinutesInput } from '../../../shared/src/minutes/minutes-model.ts'
import type { Logger } from '../app/logger.ts'
import type { MapReader } from '../app/map-reader.ts'
import { loadFromStore } from '../collab/document-journal.ts'
import type { MapStore } from '../storage/map-store.ts'

export interface MinutesSources {
  readonly store: MapStore
  readonly reader: MapReader
  readonly logger: Logger
}

/** A stored snapshot (encoded Y.Doc state) as a model, migrated like a loaded map. */
export function snapshotModel(snapshot: Uint8Array): MapModel {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, snapshot)
    migrateDoc(doc)
    return readMap(doc)
  } finally {
    doc.destroy()
  }
}

/** The agreements of the map as stored now (they may be completed after the meeting). */
async function currentAgreements(sources: MinutesSources, mapId: MapId): Promise<Agreement[]> {
  const doc = new Y.Doc()
  try {
    if (!(await loadFromStore(sources.store, mapId, doc, sources.logger))) return []
    return readAgreements(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * Everything `buildMinutes` needs for a map and a session (the latest when `sessionId` is
 * absent). Without any session the minutes cover the map as it is, with no changes. Null for
 * an unknown map or session.
 */
export async function loadMinutesInput(
  sources: MinutesSources,
  mapId: MapId,
  sessionId: string | undefined,
  language: Language,
): Promise<{ readonly input: MinutesInput; readonly current: MapModel } | null> {
  const current = await sources.reader.read(mapId)
  if (!current) return null
  const id = sessionId ?? (await sources.store.listSessions(mapId))[0]?.id
  const details = id === undefined ? null : await sources.store.getSession(mapId, id)
  if (id !== undefined && !details) return null
  const after = details?.endSnapshot ? snapshotModel(details.endSnapshot) : current
  return {
    current,
    input: {
      mapTitle: after.meta.title,
      area: after.meta.area,
      session: details?.info ?? null,
      before: details ? snapshotModel(details.startSnapshot) : current,
      after,
      attendance: details?.attendance ?? [],
      changes: details?.changes ?? [],
      agreements: await currentAgreements(sources, mapId),
      votes: details?.votes ?? [],
      language,
    },
  }
}
