import type { HocuspocusProvider } from '@hocuspocus/provider'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { dropQueuedSync } from './drop-queued-sync.ts'

function frame(documentName: string, type: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint8Array(encoder, new Uint8Array([1, 2, 3]))
  return encoding.toUint8Array(encoder)
}

function providerWithQueue(queue: unknown[]) {
  const socket = { messageQueue: queue }
  const provider = { configuration: { websocketProvider: socket } }
  return { socket, provider: provider as unknown as HocuspocusProvider }
}

describe('dropQueuedSync', () => {
  it('drops queued document updates and awareness but keeps other messages', () => {
    const stateless = frame('map', 5)
    const auth = frame('map', 2)
    const { socket, provider } = providerWithQueue([
      frame('map', 0),
      stateless,
      frame('map', 1),
      auth,
      frame('map', 0),
    ])
    dropQueuedSync(provider)
    expect(socket.messageQueue).toEqual([stateless, auth])
  })

  it('keeps what it cannot read', () => {
    const { socket, provider } = providerWithQueue(['text', new Uint8Array([])])
    dropQueuedSync(provider)
    expect(socket.messageQueue).toEqual(['text', new Uint8Array([])])
  })

  it('does nothing when the provider has no queue to inspect', () => {
    const provider = { configuration: { websocketProvider: {} } } as unknown as HocuspocusProvider
    expect(() => dropQueuedSync(provider)).not.toThrow()
  })
})
