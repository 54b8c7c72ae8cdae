import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, newMapId, readMap } from '../../../shared/src/index.ts'
import {
  type Client,
  type CreatedMap,
  connect,
  connectExpectingDenial,
  createMap,
  destroyAllClients,
  getMapInfo,
  roundTrip,
  waitUntilConfirmed,
} from '../testing/clients.ts'
import { recordDocumentLoads } from '../testing/hook-spy.ts'
import { RawSocket, syncStep1Frame } from '../testing/raw-socket.ts'
import { storageMentions } from '../testing/storage-probe.ts'
import { startServerInTempDir } from '../testing/test-server.ts'
import { waitFor } from '../testing/wait-for.ts'

/*
 * DESIGN.md §6 "Auth matrix" and reliability notes S5: every token × every kind of map id.
 * Whoever is not allowed gets no byte of the document, and an unknown map is never loaded
 * nor created, so a probe cannot tell "no such map" from "wrong token".
 */

let server: Awaited<ReturnType<typeof startServerInTempDir>>
let map: CreatedMap
let otherMap: CreatedMap
let owner: Client
let loads: string[]
// Random per run, so a hit cannot come from anything but this map's content.
const secretLabel = `Geheime Beratungsstelle ${randomBytes(6).toString('hex')}`

type TokenName =
  | 'no token'
  | 'a wrong token'
  | "another map's edit token"
  | 'the view token'
  | 'the edit token'
type MapName = 'the existing map' | 'an unknown map' | 'a malformed map id'

const TOKENS: readonly TokenName[] = [
  'no token',
  'a wrong token',
  "another map's edit token",
  'the view token',
  'the edit token',
]
const MAPS: readonly MapName[] = ['the existing map', 'an unknown map', 'a malformed map id']
const unknownMapId = newMapId()
// A well-shaped token that belongs to no map.
const wrongToken = randomBytes(32).toString('base64url')

function tokenFor(name: TokenName): string {
  switch (name) {
    case 'no token':
      return ''
    case 'a wrong token':
      return wrongToken
    case "another map's edit token":
      return otherMap.editToken
    case 'the view token':
      return map.viewToken
    case 'the edit token':
      return map.editToken
  }
}

function mapIdFor(name: MapName): string {
  switch (name) {
    case 'the existing map':
      return map.id
    case 'an unknown map':
      return unknownMapId
    case 'a malformed map id':
      return '../../x'
  }
}

const expectedRole = (token: TokenName, mapName: MapName) =>
  mapName !== 'the existing map'
    ? 'none'
    : token === 'the edit token'
      ? 'edit'
      : token === 'the view token'
        ? 'view'
        : 'none'

beforeAll(async () => {
  server = await startServerInTempDir()
  map = await createMap(server.server.url, { title: 'Netzwerk Kalk', area: 'Köln-Kalk' })
  otherMap = await createMap(server.server.url, { title: 'Netzwerk Ehrenfeld' })
  // The owner keeps the map open, so the secret lives in the server's memory during the probes.
  owner = await connect(server.collabUrl, map.id, map.editToken)
  addNode(owner.doc, { kind: 'service', label: secretLabel, position: { x: 1, y: 2 } })
  await waitUntilConfirmed(owner)
  loads = recordDocumentLoads(server.server.hocuspocus)
})

afterAll(async () => {
  destroyAllClients()
  await server?.dispose()
})

const loadedNames = () => [...server.server.hocuspocus.documents.keys()]

describe.each(MAPS)('on %s', (mapName) => {
  describe.each(TOKENS)('with %s', (tokenName) => {
    const role = () => expectedRole(tokenName, mapName)

    it('a provider gets exactly the access the token grants', async () => {
      const mapId = mapIdFor(mapName)
      const token = tokenFor(tokenName)
      const loadedBefore = loadedNames()
      if (role() === 'none') {
        const loadsBefore = loads.length
        const denial = await connectExpectingDenial(server.collabUrl, mapId, token)
        expect(denial.receivedContent).toBe(false)
        expect(loads.slice(loadsBefore)).toEqual([])
        expect(loadedNames()).toEqual(loadedBefore)
        if (mapName !== 'the existing map') {
          expect(server.server.hocuspocus.documents.has(mapId)).toBe(false)
        }
        return
      }
      const client = await connect(server.collabUrl, mapId, token)
      try {
        const labels = readMap(client.doc).nodes.map((n) => n.label)
        expect(labels).toContain(secretLabel)
        expect(readMap(client.doc).meta.title).toBe('Netzwerk Kalk')
        expect(client.provider.authorizedScope).toBe(role() === 'edit' ? 'read-write' : 'readonly')
        if (role() === 'edit') {
          // Read-write: a change is confirmed and reaches the owner.
          const id = addNode(client.doc, {
            kind: 'body',
            label: 'AG Jugend',
            position: { x: 0, y: 0 },
          })
          await waitUntilConfirmed(client)
          await waitFor('the owner to see the new node', () => owner.doc.getMap('nodes').has(id))
        }
      } finally {
        client.destroy()
      }
    })

    it('a raw socket gets no document byte unless the token grants access', async () => {
      const mapId = mapIdFor(mapName)
      const token = tokenFor(tokenName)
      const loadedBefore = loadedNames()
      const socket = await RawSocket.open(server.collabUrl)
      try {
        // A SyncStep1 before auth is queued by the server; it must be dropped on denial.
        socket.send(syncStep1Frame(mapId, new Y.Doc()))
        const answer = await socket.authenticate(mapId, token)
        if (role() === 'none') {
          expect(answer).toEqual({ kind: 'denied', reason: expect.any(String) })
          // Ask again after the denial, then authenticate badly once more: the second denial
          // arrives after anything the server would have sent for the first attempt.
          socket.send(syncStep1Frame(mapId, new Y.Doc()))
          expect(await socket.authenticate(mapId, token)).toMatchObject({ kind: 'denied' })
          expect(socket.frames.filter((f) => f.sync !== undefined)).toEqual([])
          expect(socket.sawText(secretLabel)).toBe(false)
          expect(socket.sawText('Netzwerk Kalk')).toBe(false)
          expect(loadedNames()).toEqual(loadedBefore)
          expect(loads.filter((name) => name !== map.id)).toEqual([])
          return
        }
        expect(answer).toEqual({
          kind: 'authenticated',
          scope: role() === 'edit' ? 'read-write' : 'readonly',
        })
        // The positive control: the same checks do see the content when access is granted.
        const doc = await socket.fetchDocument(mapId)
        expect(readMap(doc).nodes.map((n) => n.label)).toContain(secretLabel)
        expect(socket.sawText(secretLabel)).toBe(true)
      } finally {
        socket.close()
      }
    })

    it('the HTTP API answers alike: the map for a valid token, 404 otherwise', async () => {
      const response = await getMapInfo(server.server.url, mapIdFor(mapName), tokenFor(tokenName))
      if (role() === 'none') {
        expect(response.status).toBe(404)
        expect(await response.text()).not.toContain('Netzwerk Kalk')
        return
      }
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({
        id: map.id,
        title: 'Netzwerk Kalk',
        area: 'Köln-Kalk',
        role: role(),
        locked: false,
      })
    })
  })
})

describe('probing unknown maps', () => {
  it('never loads or creates them, whatever token is tried', async () => {
    for (const tokenName of TOKENS) {
      for (const mapId of [unknownMapId, '../../x']) {
        await connectExpectingDenial(server.collabUrl, mapId, tokenFor(tokenName))
      }
    }
    // The spy does see loads: the other map is not open yet, so connecting to it loads it.
    const other = await connect(server.collabUrl, otherMap.id, otherMap.editToken)
    other.destroy()
    expect(loads).toContain(otherMap.id)
    expect(loads).not.toContain(unknownMapId)
    expect(loads).not.toContain('../../x')
    expect(server.server.hocuspocus.documents.has(unknownMapId)).toBe(false)
    expect(server.server.hocuspocus.documents.has('../../x')).toBe(false)
    // Only the owner's map stays open once the other map's client has left.
    await waitFor('only the owner map to stay loaded', () =>
      server.server.hocuspocus.getDocumentsCount() === 1 ? loadedNames() : undefined,
    ).then((names) => expect(names).toEqual([map.id]))
    for (const tokenName of TOKENS) {
      const response = await getMapInfo(server.server.url, unknownMapId, tokenFor(tokenName))
      expect(response.status).toBe(404)
    }
    // Nothing about the probed names reached the database; the probe itself can find a map id.
    expect(storageMentions(server.dataDir, unknownMapId)).toBe(false)
    expect(storageMentions(server.dataDir, '../../x')).toBe(false)
    expect(storageMentions(server.dataDir, map.id)).toBe(true)
  })

  it('refuses an unknown map and a wrong token with the same reason', async () => {
    const reasons = new Set<string>()
    for (const [mapId, token] of [
      [unknownMapId, map.editToken],
      [map.id, wrongToken],
      [map.id, otherMap.editToken],
      [map.id, ''],
      ['../../x', map.editToken],
    ] as const) {
      reasons.add((await connectExpectingDenial(server.collabUrl, mapId, token)).reason)
    }
    expect([...reasons]).toHaveLength(1)
  })

  it('keeps the owner connected and confirmed throughout', async () => {
    await roundTrip(owner)
    expect(readMap(owner.doc).nodes.map((n) => n.label)).toContain(secretLabel)
  })
})
