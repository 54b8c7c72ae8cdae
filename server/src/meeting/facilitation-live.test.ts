import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, CLOSE_REASONS, type MapId, readMap } from '../../../shared/src/index.ts'
import { SQLITE_FILE_NAME } from '../storage/sqlite-store.ts'
import {
  type CreatedMap,
  createMap,
  facilitatorApi,
  getMapInfo,
  recordFrames,
} from '../testing/clients.ts'
import { MessageType } from '../testing/raw-socket.ts'
import { storageMentions } from '../testing/storage-probe.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'
import { connectMeetingClient, destroyMeetingClients } from './meeting-test-client.ts'

let server: Awaited<ReturnType<typeof startServerInTempDir>>
let map: CreatedMap

beforeEach(async () => {
  server = await startServerInTempDir()
  map = await createMap(server.server.url, { title: 'Stadtteilkonferenz Kalk' })
})
afterEach(async () => {
  destroyMeetingClients()
  await server.dispose()
})

const api = (method: string, path: string, body?: unknown) =>
  facilitatorApi(server.server.url, map)(method, path, body)

const connect = (token: string, doc?: Y.Doc) =>
  connectMeetingClient(server.collabUrl, map.id, token, doc)

/** The server's own copy of the map (loaded while a client is connected). */
function serverLabels(): string[] {
  const doc = server.server.hocuspocus.documents.get(map.id)
  if (!doc) throw new Error('map not loaded')
  return readMap(doc)
    .nodes.map((n) => n.label)
    .sort()
}

const node = (doc: Y.Doc, label: string) =>
  addNode(doc, { kind: 'provider', label, position: { x: 0, y: 0 } })

it('lock makes an open edit connection read-only, the facilitator still writes, unlock restores', async () => {
  const editor = await connect(map.editToken)
  const facilitator = await connect(map.facilitatorToken)
  expect(editor.messages[0]).toMatchObject({ type: 'state', locked: false })

  expect((await api('POST', '/lock', { locked: true })).status).toBe(200)
  await editor.next('state', (m) => m.locked)

  const frames = recordFrames(editor)
  node(editor.doc, 'Während der Sperre')
  await waitFor('the server to refuse the locked write', () =>
    frames.some((f) => f.type === MessageType.SyncStatus && f.applied === false),
  )
  node(facilitator.doc, 'Von der Moderation')
  await waitFor('the facilitator’s node on the server', () =>
    serverLabels().includes('Von der Moderation'),
  )
  expect(serverLabels()).not.toContain('Während der Sperre')

  const unlockedAt = editor.messages.length
  expect((await api('POST', '/lock', { locked: false })).status).toBe(200)
  await editor.next('state', (m) => !m.locked, unlockedAt)
  node(editor.doc, 'Nach der Sperre')
  // The refused change is still in the editor's copy; a sync hands it over now.
  editor.provider.forceSync()
  await waitFor(
    'both editor nodes on the server',
    () =>
      serverLabels().includes('Nach der Sperre') && serverLabels().includes('Während der Sperre'),
  )
})

it('a participant who connects to a locked map is read-only from the start', async () => {
  await api('POST', '/lock', { locked: true })
  const editor = await connect(map.editToken)
  expect(editor.messages.find((m) => m.type === 'state')).toMatchObject({ locked: true })
  const frames = recordFrames(editor)
  node(editor.doc, 'Spät gekommen')
  await waitFor('the server to refuse the write', () =>
    frames.some((f) => f.type === MessageType.SyncStatus && f.applied === false),
  )
  expect(serverLabels()).not.toContain('Spät gekommen')
})

it('rotating the links closes open connections of the old tokens and refuses them afterwards', async () => {
  const editor = await connect(map.editToken)
  const viewer = await connect(map.viewToken)
  const facilitator = await connect(map.facilitatorToken)
  const response = await api('POST', '/rotate', { which: 'both' })
  const rotated = (await response.json()) as { editToken: string; viewToken: string }

  await waitFor('both old connections to be closed', () =>
    [editor, viewer].every((c) => c.closeReasons.includes(CLOSE_REASONS.linkRotated)),
  )
  expect(facilitator.closeReasons).toEqual([])
  await expect(connect(map.editToken)).rejects.toThrow(/denied/)
  await expect(connect(map.viewToken)).rejects.toThrow(/denied/)
  const fresh = await connect(rotated.editToken)
  node(fresh.doc, 'Mit neuem Link')
  await waitFor('the new link to write', () => serverLabels().includes('Mit neuem Link'))
  expect((await getMapInfo(server.server.url, map.id, rotated.viewToken)).status).toBe(200)
})

it('deleting a map closes every connection, leaves no trace in the file, and an old copy cannot bring it back', async () => {
  const label = `Geheimer Träger ${Math.random().toString(36).slice(2)}`
  const editor = await connect(map.editToken)
  await connect(map.facilitatorToken)
  node(editor.doc, label)
  await waitFor('the node on the server', () => serverLabels().includes(label))
  await api('POST', '/sessions', { title: label, date: '2026-11-21' })
  expect(storageMentions(server.dataDir, label)).toBe(true)
  const offlineCopy = Y.encodeStateAsUpdate(editor.doc)

  expect((await api('DELETE', '')).status).toBe(204)
  await waitFor('the editor to be told', () =>
    editor.closeReasons.includes(CLOSE_REASONS.mapDeleted),
  )
  expect(storageMentions(server.dataDir, label)).toBe(false)
  // Not even in freed pages or the WAL: secure_delete and the checkpoint wiped them.
  for (const file of [SQLITE_FILE_NAME, `${SQLITE_FILE_NAME}-wal`]) {
    let bytes: Buffer
    try {
      bytes = readFileSync(join(server.dataDir, file))
    } catch {
      continue
    }
    expect(bytes.includes(Buffer.from(label, 'utf8')), file).toBe(false)
  }

  const copy = new Y.Doc()
  Y.applyUpdate(copy, offlineCopy)
  await expect(connect(map.editToken, copy)).rejects.toThrow(/denied/)
  await expect(connect(map.facilitatorToken)).rejects.toThrow(/denied/)
  expect(storageMentions(server.dataDir, label)).toBe(false)
  expect((await getMapInfo(server.server.url, map.id, map.facilitatorToken)).status).toBe(404)
  const { openSqliteStore } = await import('../storage/sqlite-store.ts')
  const store = openSqliteStore(join(server.dataDir, SQLITE_FILE_NAME))
  try {
    expect(await store.isDeleted(map.id as MapId)).toBe(true)
    expect(await store.getMap(map.id as MapId)).toBeNull()
  } finally {
    await store.close()
  }
})

it('a map nobody has open any more leaves no meeting state behind, and opens correctly again', async () => {
  const json = async (method: string, path: string, body?: unknown) =>
    (await api(method, path, body)).json()
  const meeting = server.server.meeting
  const first = await connect(map.editToken)
  first.send({ type: 'identify', name: 'Anna', participantId: 'anna-participant' })
  await first.next('identity')
  const session = await json('POST', '/sessions', { title: 'November', date: '2026-11-21' })
  addNode(first.doc, { kind: 'service', label: 'Kita', position: { x: 0, y: 0 } })
  expect(meeting.heldMaps()).toBe(1)

  first.provider.destroy()
  await waitFor('the map unloaded', () => !server.server.hocuspocus.documents.has(map.id))
  await waitFor('its meeting state gone', () => meeting.heldMaps() === 0)

  // Everything comes back from the store: the lock, the open session and its attribution.
  await json('POST', '/lock', { locked: true })
  const again = await connect(map.editToken)
  await again.next('state', (m) => m.locked === true && m.session?.id === session.id)
  const details = await json('GET', `/sessions/${session.id}`)
  expect(details.changes.map((c: { name: string }) => c.name)).toEqual(['Anna'])
})
