/*
 * The floor of the benchmark: a WebSocket relay that forwards each binary frame to the other
 * sockets of the same room (`?room=`), nothing else — no CRDT, no auth, no storage.
 */
import type { AddressInfo } from 'node:net'
import { type WebSocket, WebSocketServer } from 'ws'
import { serveBenchChild } from './child-ipc.ts'

const rooms = new Map<string, Set<WebSocket>>()
const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })

server.on('connection', (socket, request) => {
  const room = new URL(request.url ?? '/', 'http://x').searchParams.get('room') ?? ''
  let members = rooms.get(room)
  if (!members) {
    members = new Set()
    rooms.set(room, members)
  }
  const peers = members
  peers.add(socket)
  socket.on('message', (data, isBinary) => {
    for (const peer of peers) {
      if (peer !== socket && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary })
    }
  })
  socket.on('close', () => {
    peers.delete(socket)
    if (peers.size === 0) rooms.delete(room)
  })
  socket.on('error', () => socket.terminate())
})

server.on('listening', () => {
  const { port } = server.address() as AddressInfo
  serveBenchChild(`ws://127.0.0.1:${port}`, () => rooms.size)
})
