import { afterEach, beforeEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, PARTICIPANT_COLORS, type SessionInfo } from '../../../shared/src/index.ts'
import { type CreatedMap, createMap, facilitatorApi } from '../testing/clients.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'
import {
  connectMeetingClient,
  destroyMeetingClients,
  type MeetingClient,
} from './meeting-test-client.ts'

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

const connect = (token: string, doc?: Y.Doc) =>
  connectMeetingClient(server.collabUrl, map.id, token, doc)

async function identified(token: string, name: string, participantId: string) {
  const client = await connect(token)
  client.send({ type: 'identify', name, organisation: 'AWO Kalk', participantId })
  await client.next('identity')
  return client
}

/** What `observer` sees of the awareness state of `client`. */
const seenBy = (observer: MeetingClient, client: MeetingClient) =>
  observer.provider.awareness?.getStates().get(client.doc.clientID) as
    | Record<string, unknown>
    | undefined

it('identify stamps the awareness user: a chosen name does not pass as someone else', async () => {
  const anna = await identified(map.editToken, 'Anna', 'anna-participant')
  const identity = await anna.next('identity')
  expect(identity.participant).toMatchObject({ name: 'Anna', role: 'edit' })
  expect(PARTICIPANT_COLORS).toContain(identity.participant.color)
  const observer = await connect(map.viewToken)
  anna.provider.setAwarenessField('user', { name: 'Die Moderation', color: '#000000' })
  await waitFor('the stamped user', () => seenBy(observer, anna)?.user)
  expect(seenBy(observer, anna)?.user).toEqual({
    participantId: 'anna-participant',
    name: 'Anna',
    organisation: 'AWO Kalk',
    color: identity.participant.color,
    role: 'edit',
    verified: true,
  })
})

it('a connection cannot speak for a clientID another connection has claimed', async () => {
  const anna = await identified(map.editToken, 'Anna', 'anna-participant')
  const observer = await connect(map.viewToken)
  anna.provider.setAwarenessField('hand', false)
  await waitFor('Anna in awareness', () => seenBy(observer, anna)?.user)
  // A second provider whose document pretends to have Anna's clientID.
  const impostorDoc = new Y.Doc()
  impostorDoc.clientID = anna.doc.clientID
  const impostor = await connect(map.editToken, impostorDoc)
  impostor.send({ type: 'identify', name: 'Mallory', participantId: 'mallory-participant' })
  await impostor.next('identity')
  for (let i = 0; i < 20; i++) impostor.provider.setAwarenessField('hand', i % 2 === 0)
  impostor.provider.setAwarenessField('marker', 'impostor')
  // A round trip of Anna's own state: everything the impostor sent before has arrived.
  anna.provider.setAwarenessField('marker', 'anna')
  await waitFor('Anna’s marker', () => seenBy(observer, anna)?.marker === 'anna')
  expect(seenBy(observer, anna)?.user).toMatchObject({ name: 'Anna' })
})

it('facilitator-only awareness fields are stripped from participants, kept for the facilitator', async () => {
  const anna = await identified(map.editToken, 'Anna', 'anna-participant')
  const lead = await identified(map.facilitatorToken, 'Moderation Meyer', 'lead-participant')
  const observer = await connect(map.viewToken)
  anna.provider.setAwarenessField('spotlight', { recordId: 'n1' })
  anna.provider.setAwarenessField('hand', true)
  lead.provider.setAwarenessField('spotlight', { recordId: 'n2' })
  lead.provider.setAwarenessField('timer', { endsAt: 1_000, label: 'Runde 1' })
  await waitFor('both states', () => seenBy(observer, anna)?.hand && seenBy(observer, lead)?.timer)
  expect(seenBy(observer, anna)).not.toHaveProperty('spotlight')
  expect(seenBy(observer, lead)).toMatchObject({
    spotlight: { recordId: 'n2' },
    user: { role: 'facilitate', name: 'Moderation Meyer' },
  })
})

it('a session records who changed what, and who was there', async () => {
  const lead = await identified(map.facilitatorToken, 'Moderation Meyer', 'lead-participant')
  const anna = await identified(map.editToken, 'Anna', 'anna-participant')
  const session = (await api('POST', '/sessions', {
    title: 'Stadtteilkonferenz November',
    date: '2026-11-21',
  })) as SessionInfo
  expect(session.facilitator).toBe('Moderation Meyer')
  await lead.next('state', (m) => m.session?.id === session.id)
  const nodeId = addNode(anna.doc, { kind: 'service', label: 'Kita', position: { x: 1, y: 2 } })
  await waitFor('the node on the server', () =>
    server.server.hocuspocus.documents.get(map.id)?.getMap('nodes').has(nodeId),
  )
  const ended = (await api('POST', `/sessions/${session.id}/end`)) as SessionInfo
  expect(ended.endedAt).toBeTypeOf('number')
  const details = await api('GET', `/sessions/${session.id}`)
  expect(details.changes).toEqual([
    {
      at: expect.any(Number),
      participantId: 'anna-participant',
      name: 'Anna',
      nodeIds: [nodeId],
      edgeIds: [],
    },
  ])
  expect(details.attendance.map((a: { name: string }) => a.name).sort()).toEqual([
    'Anna',
    'Moderation Meyer',
  ])
})

it('a change through the API during a session is recorded without a participant', async () => {
  await identified(map.facilitatorToken, 'Moderation Meyer', 'lead-participant')
  const session = (await api('POST', '/sessions', { title: 'Import', date: '2026-11-21' })) as {
    id: string
  }
  // What the import route does: a direct connection with the caller's role.
  const direct = await server.server.hocuspocus.openDirectConnection(map.id, { role: 'edit' })
  let nodeId = ''
  await direct.transact((doc) => {
    nodeId = addNode(doc, { kind: 'agency', label: 'Jugendamt', position: { x: 0, y: 0 } })
  })
  await direct.disconnect()
  const details = await api('GET', `/sessions/${session.id}`)
  expect(details.changes).toEqual([
    { at: expect.any(Number), participantId: null, name: null, nodeIds: [nodeId], edgeIds: [] },
  ])
})

it('dots are hidden from participants until revealed, and nobody votes more than allowed', async () => {
  const lead = await identified(map.facilitatorToken, 'Moderation Meyer', 'lead-participant')
  const anna = await identified(map.editToken, 'Anna', 'anna-participant')
  const nodeId = addNode(lead.doc, { kind: 'provider', label: 'AWO', position: { x: 0, y: 0 } })
  await waitFor('the node on the server', () =>
    server.server.hocuspocus.documents.get(map.id)?.getMap('nodes').has(nodeId),
  )
  const vote = (await api('POST', '/votes', { question: 'Wo fehlt was?', dotsPerPerson: 2 })) as {
    id: string
  }
  const dot = (recordId: string, delta: 1 | -1) =>
    anna.send({ type: 'dot', voteId: vote.id, recordId, delta })

  const before = anna.messages.length
  dot(nodeId, 1)
  dot(nodeId, 1)
  dot(nodeId, 1)
  dot('unknown-record', 1)
  await anna.next('refused', (m) => m.reason === 'unknown-record', before)
  const refusal = await anna.next('refused', (m) => m.reason === 'no-dots-left', before)
  expect(refusal.about).toBe('dot')
  const replies = anna.messages.slice(before).filter((m) => m.type === 'dots')
  expect(replies.map((r) => r.remaining)).toEqual([1, 0, 0])
  expect(replies.at(-1)?.mine).toEqual({ [nodeId]: 2 })

  const annaSees = anna.messages.filter((m) => m.type === 'state').at(-1)
  expect(annaSees?.vote?.id).toBe(vote.id)
  expect(annaSees?.vote).not.toHaveProperty('results')
  await lead.next('state', (m) => m.vote?.results?.[nodeId] === 2)

  dot(nodeId, -1)
  await anna.next('dots', (m) => m.remaining === 1, before)
  await api('POST', `/votes/${vote.id}/reveal`)
  const revealed = await anna.next('state', (m) => m.vote?.revealed === true)
  expect(revealed.vote?.results).toEqual({ [nodeId]: 1 })
})
