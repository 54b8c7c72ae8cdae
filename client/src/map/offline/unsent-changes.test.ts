import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { addNode, initMapDoc } from '../../../../shared/src/index.ts'
import { confirmedState } from './confirmed-state.ts'
import type { LocalCopy } from './local-copy.ts'
import { trackUnsentChanges, type UnsyncedCounter } from './unsent-changes.ts'

/** The provider's counter as Hocuspocus keeps it: +1 per local update, −1 per server ack. */
class FakeProvider implements UnsyncedCounter {
  isSynced = false
  unsyncedChanges = 0
  private readonly listeners = new Map<string, Set<() => void>>()
  constructor(doc: Y.Doc) {
    doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin !== this) this.change(+1)
    })
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, (this.listeners.get(event) ?? new Set()).add(listener))
  }
  off(event: string, listener: () => void) {
    this.listeners.get(event)?.delete(listener)
  }
  change(by: number) {
    this.unsyncedChanges += by
    for (const l of this.listeners.get('unsyncedChanges') ?? []) l()
  }
  sync() {
    this.isSynced = true
    for (const l of this.listeners.get('synced') ?? []) l()
  }
}

/** A local copy whose load replays `stored` into the doc, with `confirmed` stored beside it. */
function fakeCopy(doc: Y.Doc, stored: Uint8Array, confirmed: Uint8Array | undefined) {
  const origin = { name: 'indexeddb' }
  const written: Uint8Array[] = []
  const copy: LocalCopy = {
    origin,
    loaded: Promise.resolve().then(() => {
      Y.applyUpdate(doc, stored, origin)
      return true
    }),
    readConfirmed: async () => confirmed,
    writeConfirmed: (state) => written.push(state),
    close: async () => {},
    clear: async () => {},
  }
  return { copy, written }
}

function serverMap() {
  const server = new Y.Doc()
  initMapDoc(server, { title: 'Kalk' })
  addNode(server, { kind: 'provider', label: 'Caritas', position: { x: 0, y: 0 } })
  return server
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('unsent changes after a restart without network', () => {
  it('a reloaded copy of what the server confirmed is not an unsent change; an edit is', async () => {
    const server = serverMap()
    const doc = new Y.Doc()
    const provider = new FakeProvider(doc)
    const { copy } = fakeCopy(doc, Y.encodeStateAsUpdate(server), confirmedState(server))
    const unsent = trackUnsentChanges(doc, provider, copy, () => {})
    await vi.runAllTimersAsync()
    expect(provider.unsyncedChanges).toBe(1)
    expect(unsent.count()).toBe(0)
    addNode(doc, { kind: 'service', label: 'Kita', position: { x: 1, y: 1 } })
    expect(unsent.count()).toBe(1)
    unsent.dispose()
  })

  it('a copy holding more than the server confirmed counts as unsent', async () => {
    const server = serverMap()
    const confirmed = confirmedState(server)
    addNode(server, { kind: 'service', label: 'offline angelegt', position: { x: 1, y: 1 } })
    const doc = new Y.Doc()
    const provider = new FakeProvider(doc)
    const { copy } = fakeCopy(doc, Y.encodeStateAsUpdate(server), confirmed)
    const unsent = trackUnsentChanges(doc, provider, copy, () => {})
    await vi.runAllTimersAsync()
    expect(unsent.count()).toBe(1)
    unsent.dispose()
  })

  it('once the server confirms everything, counting starts afresh and the state is stored', async () => {
    const server = serverMap()
    const doc = new Y.Doc()
    const provider = new FakeProvider(doc)
    const { copy, written } = fakeCopy(doc, Y.encodeStateAsUpdate(server), confirmedState(server))
    const unsent = trackUnsentChanges(doc, provider, copy, () => {})
    await vi.runAllTimersAsync()
    provider.sync()
    provider.change(-1)
    addNode(doc, { kind: 'service', label: 'Kita', position: { x: 1, y: 1 } })
    expect(unsent.count()).toBe(1)
    provider.change(-1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(written).toHaveLength(1)
    const stored = new Y.Doc()
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(doc))
    expect(written[0]).toEqual(confirmedState(stored))
    unsent.dispose()
  })
})
