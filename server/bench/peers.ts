/*
 * The clients of the bench, all in this process so every timestamp comes from one clock:
 * HocuspocusProvider over `ws` for the Hocuspocus servers, a raw socket for the relay.
 * A "move" carries its sequence number in the update itself (the node's x position, or the
 * first bytes of the relay frame), so a receiver knows which write it has just seen.
 */
import WebSocket from 'ws'
import type * as Y from 'yjs'
import { moveNodes } from '../../shared/src/doc/mutations.ts'
import { isYRecord, nodesMap } from '../../shared/src/doc/y-map-doc.ts'
import { writeLargeMap } from '../../shared/src/samples/large-map.ts'
import type { NodeId } from '../../shared/src/schema/ids.ts'
import { type Client, connect, waitUntilConfirmed } from '../src/testing/clients.ts'
import { waitFor, withDeadline } from '../src/testing/wait-for.ts'
import { LARGE_MAP, type Room, SMALL_MAP, type Target } from './targets.ts'

export interface Peer {
  /** Writer `writer` moves its node; `seq` travels inside the update. */
  move(writer: number, seq: number): void
  /**
   * Called when a write of another peer reaches this one. Hocuspocus may merge updates that
   * arrive in one event-loop turn (flushDelay 0), so a seq can stand for the earlier ones too.
   * Returns the unsubscribe function.
   */
  onMove(listener: (writer: number, seq: number) => void): () => void
  close(): void
}

function subscribe<T>(listeners: T[], listener: T): () => void {
  listeners.push(listener)
  return () => {
    const index = listeners.indexOf(listener)
    if (index >= 0) listeners.splice(index, 1)
  }
}

/** The relay frame: about the size of a Yjs update that moves one node. */
const RELAY_FRAME_BYTES = 48
const CONNECT_BATCH = 25
const CONNECT_TIMEOUT_MS = 15_000

function relayPeer(url: string, room: string): Promise<Peer> {
  const socket = new WebSocket(`${url}/?room=${encodeURIComponent(room)}`)
  socket.binaryType = 'nodebuffer'
  const listeners: ((writer: number, seq: number) => void)[] = []
  socket.on('message', (data: Buffer) => {
    const seq = data.readUInt32LE(0)
    const writer = data.readUInt16LE(4)
    for (const listener of listeners) listener(writer, seq)
  })
  const peer: Peer = {
    move: (writer, seq) => {
      const frame = Buffer.alloc(RELAY_FRAME_BYTES)
      frame.writeUInt32LE(seq, 0)
      frame.writeUInt16LE(writer, 4)
      socket.send(frame)
    },
    onMove: (listener) => subscribe(listeners, listener),
    close: () => socket.terminate(),
  }
  const opened = new Promise<Peer>((resolve, reject) => {
    socket.once('open', () => resolve(peer))
    socket.once('error', reject)
  })
  return withDeadline(`relay room ${room} to open`, opened, CONNECT_TIMEOUT_MS)
}

/** The node ids writers move, in an order every peer of the room agrees on. */
function writerNodes(doc: Y.Doc): NodeId[] {
  return [...nodesMap(doc).keys()].sort() as NodeId[]
}

function positionX(doc: Y.Doc, id: NodeId): number {
  const record = nodesMap(doc).get(id)
  const position = isYRecord(record) ? (record.get('position') as { x: number } | undefined) : null
  return position?.x ?? -1
}

function hocuspocusPeer(client: Client): Peer {
  const ids = writerNodes(client.doc)
  const lastSeen = ids.map((id) => positionX(client.doc, id))
  const listeners: ((writer: number, seq: number) => void)[] = []
  client.doc.on('update', () => {
    for (let writer = 0; writer < ids.length; writer++) {
      const x = positionX(client.doc, ids[writer] as NodeId)
      if (x === (lastSeen[writer] as number)) continue
      lastSeen[writer] = x
      for (const listener of listeners) listener(writer, x)
    }
  })
  return {
    move: (writer, seq) => {
      const id = ids[writer]
      if (!id) throw new Error(`the map has no node for writer ${writer}`)
      // Its own write is not an observation.
      lastSeen[writer] = seq
      moveNodes(client.doc, [{ id, position: { x: seq, y: writer } }])
    },
    onMove: (listener) => subscribe(listeners, listener),
    close: () => client.destroy(),
  }
}

async function hocuspocusClients(target: Target, room: Room, count: number): Promise<Client[]> {
  const shape = room.size === 'small' ? SMALL_MAP : LARGE_MAP
  const open = () => connect(target.wsUrl, room.name, room.token, CONNECT_TIMEOUT_MS)
  const clients: Client[] = []
  if (!room.stored) {
    // Bare Hocuspocus keeps nothing: the first client brings the map, as one update.
    const first = await open()
    clients.push(first)
    writeLargeMap(first.doc, shape)
    await waitUntilConfirmed(first, CONNECT_TIMEOUT_MS)
  }
  while (clients.length < count) {
    const batch = Math.min(CONNECT_BATCH, count - clients.length)
    clients.push(...(await Promise.all(Array.from({ length: batch }, open))))
  }
  await waitFor(
    `every client of ${room.name} to hold the map`,
    () => clients.every((c) => nodesMap(c.doc).size === shape.nodes),
    { timeoutMs: CONNECT_TIMEOUT_MS },
  )
  return clients
}

/** Opens `count` peers in `room` and resolves once all of them hold the map. */
export async function openRoom(target: Target, room: Room, count: number): Promise<Peer[]> {
  if (target.protocol === 'hocuspocus') {
    return (await hocuspocusClients(target, room, count)).map(hocuspocusPeer)
  }
  const peers: Peer[] = []
  while (peers.length < count) {
    const batch = Math.min(CONNECT_BATCH, count - peers.length)
    peers.push(
      ...(await Promise.all(
        Array.from({ length: batch }, () => relayPeer(target.wsUrl, room.name)),
      )),
    )
  }
  return peers
}

/** A client that opens a map and does nothing else (cold load, memory). */
export function openHocuspocusClient(target: Target, room: Room): Promise<Client> {
  return connect(target.wsUrl, room.name, room.token, CONNECT_TIMEOUT_MS)
}
