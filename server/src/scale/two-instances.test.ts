import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addNode, CLOSE_REASONS, readMap } from '../../../shared/src/index.ts'
import { connectMeetingClient, destroyMeetingClients } from '../meeting/meeting-test-client.ts'
import {
  type CreatedMap,
  connect,
  createMap,
  destroyAllClients,
  facilitatorApi,
  recordFrames,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { MessageType } from '../testing/raw-socket.ts'
import { SetWriter } from '../testing/set-writer.ts'
import { makeTempDir, type TempDir } from '../testing/temp-dir.ts'
import { type SpawnedServer, spawnServer } from '../testing/test-server.ts'
import { waitFor, withDeadline } from '../testing/wait-for.ts'
import {
  announceSkip,
  createTestSchema,
  postgresReachable,
  redisReachable,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
} from './test-services.ts'

/*
 * Two real server processes on one PostgreSQL and one Redis, as in the README's deployment
 * section, but without the proxy: clients are spread over both instances on purpose (the
 * case the proxy avoids, and Redis has to cover).
 */

const [hasPostgres, hasRedis] = await Promise.all([postgresReachable(), redisReachable()])
if (!hasPostgres) announceSkip('two-instance tests', `PostgreSQL at ${TEST_DATABASE_URL}`)
if (!hasRedis) announceSkip('two-instance tests', `Redis at ${TEST_REDIS_URL}`)

// Each test starts two to four server processes.
const TIMEOUT_MS = 240_000

describe.skipIf(!hasPostgres || !hasRedis)('two server instances on PostgreSQL and Redis', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>
  let dir: TempDir
  const servers: SpawnedServer[] = []
  let started = 0

  beforeAll(async () => {
    schema = await createTestSchema()
    dir = makeTempDir()
  })
  afterEach(async () => {
    destroyAllClients()
    destroyMeetingClients()
    for (const server of servers.splice(0)) await server.kill('SIGKILL')
  })
  afterAll(async () => {
    await schema?.drop()
    dir?.remove()
  })

  /** One instance; each gets its own DATA_DIR, so nothing but the database is shared. */
  async function instance(port?: number): Promise<SpawnedServer> {
    const server = await spawnServer(`${dir.path}/instance-${started++}`, {
      ...(port === undefined ? {} : { port }),
      // Starting a process takes seconds on a loaded machine.
      startTimeoutMs: 60_000,
      env: { DATABASE_URL: schema.url, REDIS_URL: TEST_REDIS_URL },
    })
    servers.push(server)
    return server
  }

  const node = (doc: Y.Doc, label: string) =>
    addNode(doc, { kind: 'provider', label, position: { x: 0, y: 0 } })
  const labels = (doc: Y.Doc) => new Set(readMap(doc).nodes.map((n) => n.label))

  /** The labels a fresh client reads from `server`. */
  async function read(server: SpawnedServer, map: CreatedMap): Promise<Set<string>> {
    const reader = await connect(server.collabUrl, map.id, map.editToken, 10_000)
    const result = labels(reader.doc)
    reader.destroy()
    return result
  }

  it(
    'clients on either instance converge',
    async () => {
      const [a, b] = await Promise.all([instance(), instance()])
      const map = await createMap(a.url, { title: 'Zwei Instanzen' })
      const onA = await connect(a.collabUrl, map.id, map.editToken)
      // As the browser client connects: the map id in the query is for the proxy only.
      const onB = await connect(`${b.collabUrl}?map=${map.id}`, map.id, map.editToken)
      expect(readMap(onB.doc).meta.title).toBe('Zwei Instanzen')
      for (let i = 0; i < 20; i++) {
        node(onA.doc, `A${i}`)
        node(onB.doc, `B${i}`)
      }
      const all = (doc: Y.Doc) => labels(doc).size === 40
      await waitFor('both clients to hold all 40 nodes', () => all(onA.doc) && all(onB.doc), {
        timeoutMs: 10_000,
      })
      expect([...labels(onA.doc)].sort()).toEqual([...labels(onB.doc)].sort())
    },
    TIMEOUT_MS,
  )

  it(
    'restarting one instance loses nothing',
    async () => {
      const [a, b] = await Promise.all([instance(), instance()])
      const map = await createMap(a.url, { title: 'Neustart' })
      const onA = await connect(a.collabUrl, map.id, map.editToken)
      const onB = await connect(b.collabUrl, map.id, map.editToken)
      node(onA.doc, 'vor dem Neustart A')
      node(onB.doc, 'vor dem Neustart B')
      await Promise.all([waitUntilConfirmed(onA), waitUntilConfirmed(onB)])

      const exit = await withDeadline('instance B to stop', b.kill('SIGTERM'), 10_000)
      expect(exit.code).toBe(0)
      node(onA.doc, 'während B weg ist')
      await waitUntilConfirmed(onA)
      // Same port: the client that was on B reconnects by itself and hands over what it has.
      node(onB.doc, 'offline bei B')
      const again = await instance(b.port)
      await waitUntilConfirmed(onB, 10_000)

      const expected = [
        'vor dem Neustart A',
        'vor dem Neustart B',
        'während B weg ist',
        'offline bei B',
      ]
      await waitFor('both clients to converge', () =>
        [onA, onB].every((c) => expected.every((l) => labels(c.doc).has(l))),
      )
      // Everything is in the database: a cold start of both instances reads it back.
      destroyAllClients()
      const [fresh] = await Promise.all([instance(), a.kill('SIGTERM'), again.kill('SIGTERM')])
      expect([...(await read(fresh, map))].sort()).toEqual([...expected].sort())
    },
    TIMEOUT_MS,
  )

  it(
    'kill -9 of one instance loses no confirmed edit',
    async () => {
      const [a, b] = await Promise.all([instance(), instance()])
      const map = await createMap(a.url, { title: 'Kill -9' })
      const clients = [
        await connect(b.collabUrl, map.id, map.editToken),
        await connect(b.collabUrl, map.id, map.editToken),
      ]
      const writers = clients.map((client, i) => new SetWriter(client, `w${i}`))
      const confirmed = () => writers.reduce((sum, w) => sum + w.confirmed.size, 0)
      await waitFor('60 confirmed writes', () => confirmed() >= 60, { timeoutMs: 15_000 })
      await withDeadline('instance B to die', b.kill('SIGKILL'), 5_000)
      for (const writer of writers) writer.stop()
      await Promise.all(writers.map((w) => w.done))
      destroyAllClients()

      // A never had the map open: what it reads comes from PostgreSQL alone.
      const stored = await read(a, map)
      const lost = writers.flatMap((w) => [...w.confirmed]).filter((l) => !stored.has(l))
      expect(lost).toEqual([])
      const sent = new Set(writers.flatMap((w) => w.sent))
      expect([...stored].filter((l) => !sent.has(l))).toEqual([])
    },
    TIMEOUT_MS,
  )

  it(
    'lock, a rotated link and delete on one instance reach the connections on the other',
    async () => {
      const [a, b] = await Promise.all([instance(), instance()])
      const map = await createMap(a.url, { title: 'Moderation' })
      const api = facilitatorApi(a.url, map)
      const editorOnB = await connectMeetingClient(b.collabUrl, map.id, map.editToken)
      const viewerOnB = await connectMeetingClient(b.collabUrl, map.id, map.viewToken)

      expect((await api('POST', '/rotate', { which: 'view' })).status).toBe(200)
      await waitFor('the viewer on B to be closed', () =>
        viewerOnB.closeReasons.includes(CLOSE_REASONS.linkRotated),
      )
      expect(editorOnB.closeReasons).toEqual([])

      expect((await api('POST', '/lock', { locked: true })).status).toBe(200)
      await editorOnB.next('state', (m) => m.locked)
      const frames = recordFrames({ ...editorOnB, destroy: editorOnB.destroy })
      node(editorOnB.doc, 'während der Sperre')
      await waitFor('instance B to refuse the locked write', () =>
        frames.some((f) => f.type === MessageType.SyncStatus && f.applied === false),
      )

      expect((await api('DELETE', '')).status).toBe(204)
      await waitFor('the editor on B to be told', () =>
        editorOnB.closeReasons.includes(CLOSE_REASONS.mapDeleted),
      )
      await expect(connect(b.collabUrl, map.id, map.editToken)).rejects.toThrow(/authentication/)
    },
    TIMEOUT_MS,
  )
})
