import { afterEach, expect, it } from 'vitest'
import { readMap } from '../../../shared/src/index.ts'
import {
  type Client,
  type CreatedMap,
  connect,
  createMap,
  destroyAllClients,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { SetWriter } from '../testing/set-writer.ts'
import { makeTempDir, type TempDir } from '../testing/temp-dir.ts'
import { type SpawnedServer, spawnServer } from '../testing/test-server.ts'
import { waitFor, withDeadline } from '../testing/wait-for.ts'

/*
 * DESIGN.md §6 "Durability" as the Jepsen set workload (reliability notes §1.9.2, D1 and D2):
 * clients add uniquely labelled nodes and record which ones the server CONFIRMED; the server
 * gets SIGKILL while edits are in flight; a new server on the same data directory must still
 * have every confirmed node (acknowledged ⊆ final).
 */

const ITERATIONS = 3
const CLIENTS = 4

let dir: TempDir | undefined
const servers: SpawnedServer[] = []

afterEach(async () => {
  destroyAllClients()
  for (const server of servers.splice(0)) await server.kill('SIGKILL')
  dir?.remove()
  dir = undefined
})

async function spawn(dataDir: string, port?: number): Promise<SpawnedServer> {
  const server = await spawnServer(dataDir, port === undefined ? {} : { port })
  servers.push(server)
  return server
}

/** Starts the writers and kills the server once a random number of writes is confirmed. */
async function writeThenKill(server: SpawnedServer, map: CreatedMap, round: string) {
  const clients: Client[] = []
  for (let c = 0; c < CLIENTS; c++) {
    clients.push(await connect(server.collabUrl, map.id, map.editToken))
  }
  const writers = clients.map((client, c) => new SetWriter(client, `${round}-c${c}`))
  // Kill at a different point each round.
  const killAfter = 30 + Math.floor(Math.random() * 120)
  const confirmedCount = () => writers.reduce((sum, w) => sum + w.confirmed.size, 0)
  await waitFor(`${killAfter} confirmed writes`, () => confirmedCount() >= killAfter, {
    timeoutMs: 10_000,
  })
  const inFlightAtKill = writers.reduce((sum, w) => sum + w.inFlight, 0)
  const exit = await withDeadline('the killed server to exit', server.kill('SIGKILL'))
  expect(exit.signal).toBe('SIGKILL')
  for (const writer of writers) writer.stop()
  await Promise.all(writers.map((w) => w.done))
  return { clients, writers, killAfter, inFlightAtKill }
}

/** The labels a fresh client with an empty document reads from `server`. */
async function readLabels(server: SpawnedServer, map: CreatedMap) {
  const reader = await connect(server.collabUrl, map.id, map.editToken)
  const model = readMap(reader.doc)
  reader.destroy()
  return { labels: new Set(model.nodes.map((n) => n.label)), title: model.meta.title }
}

it('every edit the server confirmed survives kill -9, with all clients gone', async () => {
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    dir = makeTempDir()
    const first = await spawn(dir.path)
    const map = await createMap(first.url, { title: `Kill-Runde ${iteration}` })
    const { writers, killAfter, inFlightAtKill } = await writeThenKill(first, map, `i${iteration}`)
    // Nobody is left to send anything again: what survives is what the server stored.
    destroyAllClients()

    const second = await spawn(dir.path)
    const { labels, title } = await readLabels(second, map)
    const confirmed = writers.flatMap((w) => [...w.confirmed])
    const lost = confirmed.filter((label) => !labels.has(label))
    expect(lost, `lost after kill -9 (round ${iteration}, ${inFlightAtKill} in flight)`).toEqual([])
    expect(confirmed.length).toBeGreaterThanOrEqual(killAfter)
    expect(title).toBe(`Kill-Runde ${iteration}`)
    // Nothing appears that nobody wrote (a check on the reader, not on durability).
    const sent = new Set(writers.flatMap((w) => w.sent))
    expect([...labels].filter((label) => !sent.has(label))).toEqual([])

    for (const server of servers.splice(0)) await server.kill('SIGKILL')
    dir.remove()
    dir = undefined
  }
})

it('clients that stay open resend what a killed server never stored', async () => {
  dir = makeTempDir()
  const first = await spawn(dir.path)
  const map = await createMap(first.url, { title: 'Kill-Runde mit Wiederverbindung' })
  const { clients, writers } = await writeThenKill(first, map, 'stay')

  // Same port, so the providers' reconnect loop finds the new server by itself.
  const second = await spawn(dir.path, first.port)
  for (const client of clients) {
    await waitFor('a client to sync again', () => client.provider.isSynced, { timeoutMs: 10_000 })
    await waitUntilConfirmed(client, 10_000)
  }
  const { labels } = await readLabels(second, map)
  const sent = writers.flatMap((w) => w.sent)
  expect(sent.filter((label) => !labels.has(label))).toEqual([])
  expect(labels.size).toBe(sent.length)
})
