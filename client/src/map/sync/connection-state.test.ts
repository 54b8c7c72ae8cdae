import { describe, expect, it } from 'vitest'
import { connectionState } from './connection-state.ts'

describe('connectionState', () => {
  it('a synced connection without pending edits is connected', () => {
    expect(
      connectionState({ status: 'connected', synced: true, unsynced: false, everConnected: true }),
    ).toBe('connected')
  })

  it('pending edits on a live connection are being saved', () => {
    expect(
      connectionState({ status: 'connected', synced: true, unsynced: true, everConnected: true }),
    ).toBe('saving')
  })

  it('the first connection attempt is connecting, a lost connection is offline', () => {
    const lost = { status: 'connecting', synced: false, unsynced: true } as const
    expect(connectionState({ ...lost, everConnected: false })).toBe('connecting')
    expect(connectionState({ ...lost, everConnected: true })).toBe('offline')
    expect(
      connectionState({
        status: 'disconnected',
        synced: false,
        unsynced: false,
        everConnected: true,
      }),
    ).toBe('offline')
  })
})
