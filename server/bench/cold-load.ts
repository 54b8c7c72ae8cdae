/*
 * Cold load of a 1 000-node map: not in memory, read from storage. Measured twice:
 * - in this process with the server's own SQLite store and its own Hocuspocus (createCollab):
 *   everything the server does to open a stored map — read, apply snapshot and journal, attach
 *   journal, sweeper and meeting, migrate, remove dangling edges, trim — through a direct
 *   connection (the budget's number: "on the server", no network, no client);
 * - end to end against the running server: connect-to-synced for a 1 000-node map nobody has
 *   opened, minus the same for a tiny map (the round trips and the handshake), so what is left is
 *   load + transfer + the client applying the map.
 */
import { join } from 'node:path'
import { writeLargeMap } from '../../shared/src/samples/large-map.ts'
import { createMap } from '../src/app/create-map.ts'
import { quietLogger } from '../src/app/logger.ts'
import { createCollab } from '../src/collab/create-collab.ts'
import { openSqliteStore, SQLITE_FILE_NAME } from '../src/storage/sqlite-store.ts'
import { connect } from '../src/testing/clients.ts'
import { makeTempDir } from '../src/testing/temp-dir.ts'
import { LARGE_MAP, type Target } from './targets.ts'
import { quantile } from './traffic.ts'

export interface ColdLoadResult {
  readonly inProcessMedianMs: number
  readonly inProcessMaxMs: number
  /** Connect-to-synced, 1 000-node map minus tiny map (medians); null for servers that store nothing. */
  readonly endToEndExtraMs: number | null
}

const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  )

/**
 * Opening a stored 1 000-node map in the server's Hocuspocus, timed for `count` maps nobody
 * has opened, after one warm-up open.
 */
export async function coldLoadInProcess(count: number): Promise<number[]> {
  const dir = makeTempDir('quartiersnetz-bench-load-')
  const store = openSqliteStore(join(dir.path, SQLITE_FILE_NAME))
  const collab = createCollab({ store, logger: quietLogger })
  try {
    const ids = []
    for (let i = 0; i <= count; i++) {
      const map = await createMap(store, { title: `Kalt ${i}` }, (doc) =>
        writeLargeMap(doc, LARGE_MAP),
      )
      ids.push(map.id)
    }
    const times: number[] = []
    for (const [i, id] of ids.entries()) {
      const start = performance.now()
      const connection = await collab.hocuspocus.openDirectConnection(id)
      const took = performance.now() - start
      const nodes = connection.document?.getMap('nodes').size
      await connection.disconnect()
      if (nodes !== LARGE_MAP.nodes) throw new Error('map not loaded')
      // The first load pays for compiling the code paths, which a running server already has.
      if (i > 0) times.push(took)
    }
    return times
  } finally {
    collab.stop()
    await store.close()
    dir.remove()
  }
}

async function timeToSynced(target: Target, size: 'small' | 'large'): Promise<number> {
  const room = target.room(size)
  const start = performance.now()
  const client = await connect(target.wsUrl, room.name, room.token, 15_000)
  const took = performance.now() - start
  client.destroy()
  return took
}

/** Both cold-load numbers; the end-to-end one only for a server with storage. */
export async function coldLoad(target: Target, count: number): Promise<ColdLoadResult> {
  const inProcess = await coldLoadInProcess(count)
  let endToEndExtraMs: number | null = null
  if (target.name === 'quartiersnetz') {
    const large: number[] = []
    const small: number[] = []
    for (let i = 0; i < count; i++) {
      small.push(await timeToSynced(target, 'small'))
      large.push(await timeToSynced(target, 'large'))
    }
    endToEndExtraMs = median(large) - median(small)
  }
  return {
    inProcessMedianMs: median(inProcess),
    inProcessMaxMs: Math.max(...inProcess),
    endToEndExtraMs,
  }
}
