import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type MapId, readMap } from '../../../shared/src/index.ts'
import { createMap as createStoredMap } from '../app/create-map.ts'
import { quietLogger } from '../app/logger.ts'
import { createCollab } from '../collab/create-collab.ts'
import { openSqliteStore } from '../storage/sqlite-store.ts'
import { connect, createMap, destroyAllClients } from '../testing/clients.ts'
import { makeTempDir, type TempDir } from '../testing/temp-dir.ts'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'
import { createLiveMapWriter } from './map-writer.ts'
import { runningServer } from './server-lock.ts'

const ACTORS =
  'Name;Art;Säule\nCaritas;Verein;Soziales\nJugendamt;Amt;Jugendhilfe\nKita Nord;Kita;\n'
const LINKS =
  'Von;Nach;Art;Stärke\nJugendamt;Kita Nord;Finanzierung;eng\nCaritas;Kita Nord;Trägerschaft;\n'

let dir: TempDir
let server: TestServer | undefined

beforeEach(() => {
  dir = makeTempDir()
})
afterEach(async () => {
  destroyAllClients()
  await server?.close()
  server = undefined
  dir.remove()
})

function importCsv(url: string, mapId: string, token: string): Promise<Response> {
  const form = new FormData()
  form.append('file', new File([ACTORS], 'akteure.csv'))
  form.append('file', new File([LINKS], 'verbindungen.csv'))
  return fetch(new URL(`/api/maps/${mapId}/import/csv`, url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
}

describe('a confirmed import on a running server', () => {
  it('reaches a connected client as one update and survives a restart', async () => {
    server = await startTestServer(dir.path)
    const map = await createMap(server.server.url)
    const client = await connect(server.collabUrl, map.id, map.editToken)
    const seen: number[] = []
    client.doc.on('update', () => seen.push(readMap(client.doc).nodes.length))

    const response = await importCsv(server.server.url, map.id, map.editToken)
    expect(response.status).toBe(200)
    expect((await response.json()).report).toMatchObject({ actorsAdded: 3, linksAdded: 2 })
    await waitFor('the client to see the import', () => readMap(client.doc).edges.length === 2)
    // One transaction: the first update the client got already held every actor.
    expect(seen).toEqual([3])
    const before = readMap(client.doc)
    expect(before.edges.find((e) => e.kind === 'funding')).toMatchObject({ strength: 3 })

    client.destroy()
    await server.close()
    server = await startTestServer(dir.path)
    const exported = await fetch(new URL(`/api/maps/${map.id}/export/json`, server.server.url), {
      headers: { authorization: `Bearer ${map.viewToken}` },
    })
    const json = await exported.json()
    expect(json.nodes).toEqual(before.nodes)
    expect(json.edges).toEqual(before.edges)
  })

  it('announces itself in DATA_DIR, so the command line does not write behind its back', async () => {
    expect(await runningServer(dir.path)).toBeNull()
    server = await startTestServer(dir.path)
    expect(await runningServer(dir.path)).toMatchObject({
      pid: process.pid,
      url: server.server.url,
    })
    await server.close()
    server = undefined
    // Closed: the record is left, but nobody answers at its URL any more.
    expect(await runningServer(dir.path)).toBeNull()
  })
})

describe('the live writer', () => {
  it('is journaled by the document update listener before it returns', async () => {
    const store = openSqliteStore(`${dir.path}/journal.sqlite`)
    const appended: Uint8Array[] = []
    const spy = {
      ...store,
      appendUpdate: (id: MapId, update: Uint8Array) => {
        appended.push(update)
        return store.appendUpdate(id, update)
      },
    }
    const collab = createCollab({ store: spy, logger: quietLogger })
    try {
      const map = await createStoredMap(store, { title: 'Journal' })
      const initial = await store.loadDocument(map.id)
      const writer = createLiveMapWriter(collab.hocuspocus, spy)
      const result = await writer.write(map.id, (doc) => {
        doc.getMap('meta').set('title', 'Geändert')
        return 'done'
      })
      expect(result).toBe('done')
      const replay = new Y.Doc()
      if (initial?.snapshot) Y.applyUpdate(replay, initial.snapshot)
      for (const update of appended) Y.applyUpdate(replay, update)
      expect(replay.getMap('meta').get('title')).toBe('Geändert')
      expect(await writer.write('AAAAAAAAAAAAAAAAAAAAAA' as MapId, () => 1)).toBeNull()
    } finally {
      collab.stop()
      await store.close()
    }
  })
})
