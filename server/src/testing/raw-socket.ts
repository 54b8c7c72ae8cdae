import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { withDeadline } from './wait-for.ts'

/*
 * A hand-written Hocuspocus client for tests that must send what no well-behaved provider sends
 * (updates from a read-only connection, frames before auth) and see every byte the server sends.
 * Frame: varString(documentName) · varUint(messageType) · payload (stack-facts.md §1.12).
 */

export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
  SyncStatus: 8,
} as const

const AuthSubType = { Token: 0, PermissionDenied: 1, Authenticated: 2 } as const

export interface Frame {
  readonly documentName: string
  readonly type: number
  readonly bytes: Uint8Array
  /** For Auth frames: what the server said. */
  readonly auth?:
    | { readonly kind: 'denied'; readonly reason: string }
    | { readonly kind: 'authenticated'; readonly scope: string }
  /** For Sync / SyncReply frames: the y-protocols sub-type and its payload. */
  readonly sync?: { readonly step: number; readonly payload: Uint8Array }
  /** For SyncStatus frames: whether the server applied the client's change. */
  readonly applied?: boolean
}

/** Decodes one server frame far enough to tell auth answers, sync content and acks apart. */
export function decodeFrame(bytes: Uint8Array): Frame {
  const decoder = decoding.createDecoder(bytes)
  const documentName = decoding.readVarString(decoder)
  const type = decoding.readVarUint(decoder)
  const frame = { documentName, type, bytes }
  switch (type) {
    case MessageType.Auth: {
      const sub = decoding.readVarUint(decoder)
      if (sub === AuthSubType.PermissionDenied) {
        return { ...frame, auth: { kind: 'denied', reason: decoding.readVarString(decoder) } }
      }
      if (sub === AuthSubType.Authenticated) {
        return { ...frame, auth: { kind: 'authenticated', scope: decoding.readVarString(decoder) } }
      }
      return frame
    }
    case MessageType.Sync:
    case MessageType.SyncReply: {
      const step = decoding.readVarUint(decoder)
      return { ...frame, sync: { step, payload: decoding.readVarUint8Array(decoder) } }
    }
    case MessageType.SyncStatus:
      return { ...frame, applied: decoding.readVarInt(decoder) === 1 }
    default:
      return frame
  }
}

function frameWith(documentName: string, type: number, write: (e: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** The Auth frame a provider sends first: sub-type Token, the token, the provider version. */
export const authFrame = (documentName: string, token: string): Uint8Array =>
  frameWith(documentName, MessageType.Auth, (e) => {
    encoding.writeVarUint(e, AuthSubType.Token)
    encoding.writeVarString(e, token)
    encoding.writeVarString(e, '4.8.0')
  })

/** A Sync frame carrying SyncStep1 (our state vector: "send me what I lack"). */
export const syncStep1Frame = (documentName: string, doc: Y.Doc): Uint8Array =>
  frameWith(documentName, MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, doc))

/** A Sync frame carrying SyncStep2 with an arbitrary update. */
export const syncStep2Frame = (documentName: string, update: Uint8Array): Uint8Array =>
  frameWith(documentName, MessageType.Sync, (e) => {
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2)
    encoding.writeVarUint8Array(e, update)
  })

/** A Sync frame carrying an Update (what a provider sends for every local change). */
export const updateFrame = (documentName: string, update: Uint8Array): Uint8Array =>
  frameWith(documentName, MessageType.Sync, (e) => syncProtocol.writeUpdate(e, update))

export class RawSocket {
  readonly frames: Frame[] = []
  /** Every byte received, including frames that failed to decode. */
  readonly rawFrames: Uint8Array[] = []
  readonly closed: Promise<{ code: number; reason: string }>
  private readonly socket: WebSocket
  private readonly listeners = new Set<() => void>()

  private constructor(socket: WebSocket) {
    this.socket = socket
    socket.binaryType = 'nodebuffer'
    socket.on('message', (data: Buffer) => {
      const bytes = new Uint8Array(data)
      this.rawFrames.push(bytes)
      try {
        this.frames.push(decodeFrame(bytes))
      } catch {
        // An undecodable frame stays in rawFrames for content checks.
      }
      for (const listener of this.listeners) listener()
    })
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() })
        for (const listener of this.listeners) listener()
      })
    })
  }

  /** Opens a WebSocket to the collaboration endpoint. */
  static async open(collabUrl: string): Promise<RawSocket> {
    const socket = new WebSocket(collabUrl)
    await withDeadline(
      `raw socket to open ${collabUrl}`,
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve())
        socket.once('error', reject)
      }),
    )
    return new RawSocket(socket)
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN
  }

  send(frame: Uint8Array): void {
    this.socket.send(frame)
  }

  /** Resolves with the first frame (already received or future) that matches. */
  nextFrame(description: string, match: (frame: Frame) => boolean, timeoutMs = 5_000) {
    return withDeadline(
      description,
      new Promise<Frame>((resolve, reject) => {
        const check = () => {
          const found = this.frames.find(match)
          if (found) {
            this.listeners.delete(check)
            resolve(found)
          } else if (this.socket.readyState === WebSocket.CLOSED) {
            this.listeners.delete(check)
            reject(new Error(`socket closed while waiting for: ${description}`))
          }
        }
        this.listeners.add(check)
        check()
      }),
      timeoutMs,
    )
  }

  /** Sends an Auth frame and resolves with the server's answer (denied or authenticated). */
  async authenticate(documentName: string, token: string) {
    const before = this.frames.length
    this.send(authFrame(documentName, token))
    const answer = await this.nextFrame(
      `auth answer for ${documentName}`,
      (f) => this.frames.indexOf(f) >= before && f.auth !== undefined,
    )
    return answer.auth
  }

  /**
   * Sends SyncStep1 with an empty state vector and resolves with the document the server sends
   * back. Frames on one socket arrive in order, so this is also a barrier: every frame the
   * server sent before its answer has been received.
   */
  async fetchDocument(documentName: string): Promise<Y.Doc> {
    const before = this.frames.length
    this.send(syncStep1Frame(documentName, new Y.Doc()))
    const answer = await this.nextFrame(
      `SyncStep2 answer for ${documentName}`,
      (f) => this.frames.indexOf(f) >= before && f.sync?.step === syncProtocol.messageYjsSyncStep2,
    )
    const doc = new Y.Doc()
    if (answer.sync) Y.applyUpdate(doc, answer.sync.payload)
    return doc
  }

  /** Sends a frame that changes the document and resolves with the server's SyncStatus. */
  async sendChange(frame: Uint8Array): Promise<boolean> {
    const before = this.frames.length
    this.send(frame)
    const status = await this.nextFrame(
      'SyncStatus for a change',
      (f) => this.frames.indexOf(f) >= before && f.type === MessageType.SyncStatus,
    )
    return status.applied === true
  }

  /** Whether any byte sequence the server sent contains `text` (UTF-8), e.g. a label. */
  sawText(text: string): boolean {
    const needle = Buffer.from(text, 'utf8')
    return this.rawFrames.some((frame) => Buffer.from(frame).includes(needle))
  }

  close(): void {
    this.socket.close()
  }
}
