import { randomBytes } from 'node:crypto'
import { afterEach, expect, it, vi } from 'vitest'
import { addNode } from '../../../shared/src/index.ts'
import { createLogger } from '../app/logger.ts'
import { CloseCodes } from '../limits/close-codes.ts'
import { connect, destroyAllClients, waitUntilConfirmed } from '../testing/clients.ts'
import { openSocket } from '../testing/hostile.ts'
import { authFrame, syncStep1Frame } from '../testing/raw-socket.ts'
import { startServerInTempDir } from '../testing/test-server.ts'

/*
 * Reliability notes P5 / issue 7 "Privacy": a whole scenario — create, edit with a unique
 * label, bad tokens, an export, a limit breach — leaves no map content, no token and no full
 * client address in anything the server writes (its JSON log and Hocuspocus' console output).
 */

afterEach(() => {
  destroyAllClients()
  vi.restoreAllMocks()
})

it('the logs of a full scenario hold no map content, no token and no full IP address', async () => {
  const jsonLines: string[] = []
  const consoleLines: string[] = []
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '))
    })
  }
  const logger = createLogger({ level: 'trace', write: (line) => jsonLines.push(line) })
  const server = await startServerInTempDir({
    logger,
    trustProxy: true,
    limits: { messagesPerSecond: 5, messageBurst: 10 },
  })
  const fullIp = '203.0.113.77'
  const proxied = { 'x-forwarded-for': fullIp }
  const marker = randomBytes(6).toString('hex')
  const title = `Geheime Runde ${marker}`
  const label = `Schuldnerberatung ${marker}`
  const base = server.server.url

  const created = await fetch(`${base}/api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...proxied },
    body: JSON.stringify({ title }),
  })
  const map = (await created.json()) as { id: string; editToken: string; viewToken: string }

  const editor = await connect(server.collabUrl, map.id, map.editToken)
  addNode(editor.doc, { kind: 'service', label, position: { x: 1, y: 1 } })
  await waitUntilConfirmed(editor)

  const wrong = await fetch(`${base}/api/maps/${map.id}`, {
    headers: { authorization: `Bearer ${'w'.repeat(43)}`, ...proxied },
  })
  expect(wrong.ok).toBe(false)
  const exported = await fetch(`${base}/api/maps/${map.id}/export/json`, {
    headers: { authorization: `Bearer ${map.editToken}`, ...proxied },
  })
  expect(await exported.text()).toContain(label) // the export itself does carry the content

  const intruder = await openSocket(server.collabUrl, proxied)
  if ('status' in intruder) throw new Error('handshake refused')
  intruder.socket.send(authFrame(map.id, map.viewToken.replace(/^./, 'x')))
  const flooder = await openSocket(server.collabUrl, proxied)
  if ('status' in flooder) throw new Error('handshake refused')
  flooder.socket.send(authFrame(map.id, map.editToken))
  for (let i = 0; i < 50; i++) flooder.socket.send(syncStep1Frame(map.id, editor.doc))
  expect(await flooder.closed).toBe(CloseCodes.rateLimited.code)
  intruder.socket.close()
  await server.dispose()

  const json = jsonLines.join('')
  const everything = `${json}\n${consoleLines.join('\n')}`
  for (const line of jsonLines) expect(() => JSON.parse(line)).not.toThrow()
  // The log did record the breach, with the address cut to its network.
  expect(json).toContain(CloseCodes.rateLimited.reason)
  expect(json).toContain('203.0.113.0/24')
  for (const secret of [marker, map.editToken, map.viewToken, fullIp]) {
    expect(everything).not.toContain(secret)
  }
})

it('a field that must never be logged is redacted even if a caller passes it', () => {
  const lines: string[] = []
  const logger = createLogger({ write: (line) => lines.push(line) })
  logger.warn('careless', { token: 'secret-token-value', ip: '198.51.100.23', mapId: 'abc' })
  const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>
  expect(entry).toMatchObject({ level: 'warn', msg: 'careless', mapId: 'abc' })
  expect(lines[0]).not.toContain('secret-token-value')
  expect(lines[0]).not.toContain('198.51.100.23')
})
