import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider } from '@hocuspocus/provider'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { addNode, readMap } from '../../../shared/src/index.ts'
import { SQLITE_FILE_NAME } from '../storage/sqlite-store.ts'
import { quietLogger } from './logger.ts'
import { type RunningServer, startServer } from './start-server.ts'

async function waitFor(what: string, condition: () => boolean, deadlineMs = 5000): Promise<void> {
  const deadline = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

let dataDir: string
let server: RunningServer
const providers: HocuspocusProvider[] = []

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'qn-start-'))
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    maxMessageBytes: 64 * 1024,
    logger: quietLogger,
  })
})

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy()
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const collabUrl = () => `${server.url.replace(/^http/, 'ws')}/collab`

async function createMap(): Promise<{ id: string; editToken: string }> {
  const response = await fetch(`${server.url}/api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Kalk' }),
  })
  return (await response.json()) as { id: string; editToken: string }
}

function connect(name: string, token: string): { doc: Y.Doc; provider: HocuspocusProvider } {
  const doc = new Y.Doc()
  const provider = new HocuspocusProvider({ url: collabUrl(), name, token, document: doc })
  providers.push(provider)
  return { doc, provider }
}

it('reports the real port when asked for port 0', () => {
  expect(server.port).toBeGreaterThan(0)
  expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
})

it('refuses to start on a port that is taken', async () => {
  await expect(
    startServer({ port: server.port, host: '127.0.0.1', dataDir, logger: quietLogger }),
  ).rejects.toThrow(/EADDRINUSE/)
})

it('close() folds every open map into its snapshot, with clients still connected', async () => {
  const map = await createMap()
  const alice = connect(map.id, map.editToken)
  await waitFor('alice to sync', () => alice.provider.synced)
  addNode(alice.doc, { kind: 'body', label: 'Bezirksvertretung', position: { x: 1, y: 2 } })
  await waitFor('the confirmation', () => alice.provider.unsyncedChanges === 0)

  await Promise.all([server.close(), server.close()])
  const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true })
  const journal = db.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }
  const snapshot = db.prepare('SELECT data FROM snapshots WHERE map_id = ?').get(map.id) as {
    data: Buffer
  }
  db.close()
  expect(journal.n).toBe(0)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, snapshot.data)
  expect(readMap(doc).nodes.map((n) => n.label)).toEqual(['Bezirksvertretung'])
})

it('an oversized, a malformed or a text frame closes at most that socket', async () => {
  const closes = await Promise.all(
    [new Uint8Array(100 * 1024), new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), 'hello'].map(
      (payload) =>
        new Promise<number>((resolve) => {
          const socket = new WebSocket(collabUrl())
          socket.on('error', () => {})
          socket.on('open', () => {
            socket.send(payload)
          })
          socket.on('close', (code) => resolve(code))
        }),
    ),
  )
  expect(closes[0]).toBe(1009)
  // The protocol is binary: a text frame is a bad message (limits/close-codes.ts).
  expect(closes[2]).toBe(4400)

  const health = await fetch(`${server.url}/api/health`)
  expect(health.status).toBe(200)
  const map = await createMap()
  const alice = connect(map.id, map.editToken)
  await waitFor('a later client to sync', () => alice.provider.synced)
})
