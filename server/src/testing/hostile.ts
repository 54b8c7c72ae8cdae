import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { withDeadline } from './wait-for.ts'

/*
 * Building blocks for the hostile-input tests: frames no provider sends, and changes that do
 * not depend on each other (each from its own Yjs client), so dropping one cannot hide or
 * block another.
 */

/** An Awareness frame carrying `states` as [clientID, clock, JSON] entries. */
export function awarenessFrame(
  documentName: string,
  states: readonly { clientId: number; clock?: number; state: unknown }[],
): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, states.length)
  for (const { clientId, clock = 1, state } of states) {
    encoding.writeVarUint(update, clientId)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, JSON.stringify(state))
  }
  const frame = encoding.createEncoder()
  encoding.writeVarString(frame, documentName)
  encoding.writeVarUint(frame, 1)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
  return encoding.toUint8Array(frame)
}

/** The update a new Yjs client makes with `change` on top of `base` (only the new part). */
export function independentUpdate(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(doc)
  change(doc)
  const update = Y.encodeStateAsUpdate(doc, before)
  doc.destroy()
  return update
}

/** Opens a plain ws socket (for handshakes with headers, and for a client that stops reading). */
export async function openSocket(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ socket: WebSocket; closed: Promise<number> } | { status: number }> {
  const socket = new WebSocket(url, { headers })
  socket.on('error', () => {}) // a refused handshake is an answer here, not a failure
  return withDeadline(
    `handshake with ${url}`,
    new Promise((resolve, reject) => {
      const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)))
      socket.once('open', () => resolve({ socket, closed }))
      socket.once('unexpected-response', (request, response) => {
        resolve({ status: response.statusCode ?? 0 })
        request.destroy()
      })
      socket.once('error', reject)
    }),
  )
}
