import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, initMapDoc, type MapId, newMapId, readMap } from '../../../shared/src/index.ts'
import type { Logger } from '../app/logger.ts'
import { quietLogger } from '../app/logger.ts'
import type { MapStore } from '../storage/map-store.ts'
import { openSqliteStore } from '../storage/sqlite-store.ts'
import { attachJournal, compactDocument, loadFromStore } from './document-journal.ts'

let dir: string
let store: MapStore
let mapId: MapId

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qn-journal-'))
  store = openSqliteStore(join(dir, 'db.sqlite'))
  mapId = newMapId()
  const doc = new Y.Doc()
  initMapDoc(doc, { title: 'Kalk' })
  await store.createMap(
    { id: mapId, title: 'Kalk', area: null, editTokenHash: 'a', viewTokenHash: 'b', createdAt: 0 },
    Y.encodeStateAsUpdate(doc),
  )
})

afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A remote client's update that adds one node. */
function remoteUpdate(label: string): Uint8Array {
  const client = new Y.Doc()
  addNode(client, { kind: 'provider', label, position: { x: 0, y: 0 } })
  return Y.encodeStateAsUpdate(client)
}

async function loaded(logger: Logger = quietLogger): Promise<Y.Doc> {
  const doc = new Y.Doc()
  expect(await loadFromStore(store, mapId, doc, logger)).toBe(true)
  return doc
}

it('an applied update is committed to the database before applyUpdate returns', async () => {
  const doc = await loaded()
  attachJournal(store, mapId, doc, quietLogger)
  Y.applyUpdate(doc, remoteUpdate('AWO Kalk'))
  // Read through another connection right away, as a restarted process would.
  const other = openSqliteStore(join(dir, 'db.sqlite'))
  const stored = await other.loadDocument(mapId)
  await other.close()
  expect(stored?.journal).toHaveLength(1)
  const rebuilt = new Y.Doc()
  expect(await loadFromStore(store, mapId, rebuilt, quietLogger)).toBe(true)
  expect(readMap(rebuilt).nodes.map((n) => n.label)).toEqual(['AWO Kalk'])
})

it('skips and logs a journal entry that does not apply, and loads the rest', async () => {
  store.appendUpdate(mapId, new Uint8Array([0xff, 0xff, 0xff]))
  store.appendUpdate(mapId, remoteUpdate('Diakonie'))
  const errors: string[] = []
  const doc = await loaded({ ...quietLogger, error: (message) => errors.push(message) })
  expect(errors).toEqual(['skipped a journal entry that does not apply'])
  expect(readMap(doc).nodes.map((n) => n.label)).toEqual(['Diakonie'])
})

it('compaction folds the journal into the snapshot and the title into the row', async () => {
  const doc = await loaded()
  attachJournal(store, mapId, doc, quietLogger)
  Y.applyUpdate(doc, remoteUpdate('Caritas'))
  doc.getMap('meta').set('title', 'Kalk-Nord')
  await compactDocument(store, mapId, doc)
  const stored = await store.loadDocument(mapId)
  expect(stored?.journal).toEqual([])
  expect((await store.getMap(mapId))?.title).toBe('Kalk-Nord')
  const rebuilt = await loaded()
  expect(readMap(rebuilt)).toEqual(readMap(doc))
})

it('an unknown map loads nothing', async () => {
  expect(await loadFromStore(store, newMapId(), new Y.Doc(), quietLogger)).toBe(false)
})

it('loading tells no update listener (it is no change), and later changes are heard again', async () => {
  store.appendUpdate(mapId, remoteUpdate('Diakonie'))
  const doc = new Y.Doc()
  const heard: unknown[] = []
  doc.on('update', (_update: Uint8Array, origin: unknown) => heard.push(origin))
  expect(await loadFromStore(store, mapId, doc, quietLogger)).toBe(true)
  expect(readMap(doc).nodes.map((n) => n.label)).toEqual(['Diakonie'])
  expect(heard).toEqual([])
  Y.applyUpdate(doc, remoteUpdate('Caritas'), 'client')
  expect(heard).toEqual(['client'])
})
