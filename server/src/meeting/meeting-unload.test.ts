import { afterEach, beforeEach, expect, it } from 'vitest'
import { addNode } from '../../../shared/src/index.ts'
import { type CreatedMap, createMap, facilitatorApi } from '../testing/clients.ts'
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
  facilitatorApi(server.server.url, map)(method, path, body).then((r) => r.json())

it('a map nobody has open any more leaves no meeting state behind, and opens correctly again', async () => {
  const meeting = server.server.meeting
  const first = await connectMeetingClient(server.collabUrl, map.id, map.editToken)
  first.send({ type: 'identify', name: 'Anna', participantId: 'anna-participant' })
  await first.next('identity')
  const session = await api('POST', '/sessions', { title: 'November', date: '2026-11-21' })
  addNode(first.doc, { kind: 'service', label: 'Kita', position: { x: 0, y: 0 } })
  expect(meeting.heldMaps()).toBe(1)

  first.provider.destroy()
  await waitFor('the map unloaded', () => !server.server.hocuspocus.documents.has(map.id))
  await waitFor('its meeting state gone', () => meeting.heldMaps() === 0)

  // Everything comes back from the store: the lock, the open session and its attribution.
  await api('POST', '/lock', { locked: true })
  const again = await connectMeetingClient(server.collabUrl, map.id, map.editToken)
  await again.next('state', (m) => m.locked === true && m.session?.id === session.id)
  const details = await api('GET', `/sessions/${session.id}`)
  expect(details.changes.map((c: { name: string }) => c.name)).toEqual(['Anna'])
})
