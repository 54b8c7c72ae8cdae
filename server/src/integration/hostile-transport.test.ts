import { afterEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCodes } from '../limits/close-codes.ts'
import { createMap, destroyAllClients } from '../testing/clients.ts'
import { independentUpdate, openSocket } from '../testing/hostile.ts'
import { authFrame, RawSocket, syncStep1Frame, updateFrame } from '../testing/raw-socket.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'

/*
 * The transport around the protocol: which pages may open a socket (CSWSH, reliability notes
 * S10), and a client that stops reading (S9).
 */

type Running = Awaited<ReturnType<typeof startServerInTempDir>>
const running: Running[] = []

async function start(options: Parameters<typeof startServerInTempDir>[0] = {}) {
  const server = await startServerInTempDir(options)
  running.push(server)
  return server
}

afterEach(async () => {
  destroyAllClients()
  await Promise.all(running.splice(0).map((server) => server.dispose()))
})

async function handshakeStatus(url: string, headers: Record<string, string>) {
  const result = await openSocket(url, headers)
  if ('status' in result) return result.status
  result.socket.close()
  return 101
}

it('a page from another site cannot open /collab; the own host and non-browser clients can', async () => {
  const server = await start()
  const host = new URL(server.server.url).host
  expect(await handshakeStatus(server.collabUrl, { origin: 'https://evil.example' })).toBe(403)
  expect(await handshakeStatus(server.collabUrl, { origin: 'null' })).toBe(403)
  expect(await handshakeStatus(server.collabUrl, { origin: `http://${host}` })).toBe(101)
  expect(await handshakeStatus(server.collabUrl, {})).toBe(101)
})

it('with PUBLIC_URL only that origin may open /collab', async () => {
  const server = await start({ publicUrl: 'https://karte.example.org' })
  const host = new URL(server.server.url).host
  expect(await handshakeStatus(server.collabUrl, { origin: 'https://karte.example.org' })).toBe(101)
  expect(await handshakeStatus(server.collabUrl, { origin: `http://${host}` })).toBe(403)
})

it('a client that stops reading is cut off once its unsent data passes the limit', async () => {
  const server = await start({
    limits: { maxBufferedBytes: 256 * 1024, maxDocumentBytes: 256 * 1024 * 1024 },
    slowReaderIntervalMs: 20,
  })
  const map = await createMap(server.server.url)
  const opened = await openSocket(server.collabUrl)
  if ('status' in opened) throw new Error(`handshake refused: ${opened.status}`)
  const { socket: sleeper, closed } = opened
  sleeper.send(authFrame(map.id, map.viewToken))
  sleeper.send(syncStep1Frame(map.id, new Y.Doc()))
  await waitFor(
    'the sleeper to be in the map',
    () => server.server.hocuspocus.documents.get(map.id)?.getConnectionsCount() === 1,
  )
  sleeper.pause() // stops reading: the kernel buffers fill, then the server's

  const editor = await RawSocket.open(server.collabUrl)
  await editor.authenticate(map.id, map.editToken)
  const base = await editor.fetchDocument(map.id)
  const chunk = 'Netzwerk '.repeat(50_000) // ~450 KB per update
  let sent = 0
  await waitFor(
    'the server to drop the sleeper',
    async () => {
      // Each change is confirmed before the next, so the editor itself never floods.
      const update = independentUpdate(base, (doc) => doc.getText(`t${sent}`).insert(0, chunk))
      sent += 1
      expect(await editor.sendChange(updateFrame(map.id, update))).toBe(true)
      return server.server.hocuspocus.documents.get(map.id)?.getConnectionsCount() === 1
    },
    { timeoutMs: 20_000, intervalMs: 1 },
  )
  expect(editor.isOpen).toBe(true)
  const rejected = await server.server.metrics.rejected.get()
  expect(rejected.values).toContainEqual(
    expect.objectContaining({ labels: { reason: CloseCodes.slowReader.reason }, value: 1 }),
  )
  sleeper.resume()
  expect(await closed).not.toBe(1000)
})

it('hostile map names are refused and never loaded', async () => {
  const server = await start()
  const map = await createMap(server.server.url)
  const names = ['../../etc/passwd', '%2e%2e%2f', 'a\0b', 'x'.repeat(10_000), ` ${map.id}`, '']
  for (const name of names) {
    const socket = await RawSocket.open(server.collabUrl)
    const answer = await socket.authenticate(name, map.editToken).catch(() => undefined)
    // Denied, or (empty name) closed by Hocuspocus itself: never authenticated.
    expect(answer?.kind ?? 'closed').not.toBe('authenticated')
    socket.close()
  }
  expect([...server.server.hocuspocus.documents.keys()]).toEqual([])
})

it('connections per address are limited only behind a trusted proxy', async () => {
  const limits = { maxConnectionsPerAddress: 2 }
  const townHall = { 'x-forwarded-for': '198.51.100.7' }
  const openAll = async (url: string, count: number, headers: Record<string, string>) => {
    const sockets = []
    for (let i = 0; i < count; i++) {
      const opened = await openSocket(url, headers)
      if ('status' in opened) throw new Error(`handshake refused: ${opened.status}`)
      sockets.push(opened)
    }
    return sockets
  }

  const proxied = await start({ limits, trustProxy: true })
  const [first, second, third] = await openAll(proxied.collabUrl, 3, townHall)
  expect(await third?.closed).toBe(CloseCodes.tooManyConnections.code)
  expect(first?.socket.readyState).toBe(first?.socket.OPEN)
  expect(second?.socket.readyState).toBe(second?.socket.OPEN)
  // Another address is not affected, and a freed place can be taken again.
  const [elsewhere] = await openAll(proxied.collabUrl, 1, { 'x-forwarded-for': '198.51.100.8' })
  expect(elsewhere?.socket.readyState).toBe(elsewhere?.socket.OPEN)
  first?.socket.close()
  await first?.closed
  await waitFor('a freed place to be taken', async () => {
    const [again] = await openAll(proxied.collabUrl, 1, townHall)
    if (!again) return false
    // Served, not refused: the server answers an Auth frame (with a denial) on this socket.
    const answered = new Promise<boolean>((resolve) => {
      again.socket.once('message', () => resolve(true))
      void again.closed.then(() => resolve(false))
    })
    again.socket.send(authFrame('V1StGXR8_Z5jdHi6B-myTx', 'x'.repeat(43)))
    const served = await answered
    again.socket.close()
    return served
  })

  // Without a trusted proxy the header means nothing and a shared address is never limited.
  const direct = await start({ limits })
  const many = await openAll(direct.collabUrl, 5, townHall)
  for (const { socket } of many) expect(socket.readyState).toBe(socket.OPEN)
  for (const { socket } of many) socket.close()
  for (const { socket } of [second, third, elsewhere].flatMap((s) => (s ? [s] : []))) socket.close()
})
