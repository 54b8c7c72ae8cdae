import type { HocuspocusProvider } from '@hocuspocus/provider'
import { describe, expect, it } from 'vitest'
import { createMeetingLink } from './meeting-link.ts'

/** Just enough of a provider: events, a synced flag, sent stateless payloads, destroy(). */
function fakeProvider() {
  const handlers = new Map<string, ((event: { state: boolean }) => void)[]>()
  const fake = {
    isSynced: false,
    sent: [] as string[],
    destroyed: false,
    on(event: string, handler: (event: { state: boolean }) => void) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler])
    },
    sendStateless(payload: string) {
      fake.sent.push(payload)
    },
    destroy() {
      fake.destroyed = true
    },
    sync(state: boolean) {
      fake.isSynced = state
      for (const handler of handlers.get('synced') ?? []) handler({ state })
    },
  }
  return fake
}

const attach = () => {
  const provider = fakeProvider()
  const link = createMeetingLink()
  link.attach(provider as unknown as HocuspocusProvider)
  return { provider, link }
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve))

describe('the meeting link', () => {
  it('identifies once synced, and again after every reconnect, with the same participant id', () => {
    const { provider, link } = attach()
    link.setIdentity('Aylin', 'AWO')
    expect(provider.sent).toEqual([])
    provider.sync(true)
    provider.sync(false)
    provider.sync(true)
    const sent = provider.sent.map((p) => JSON.parse(p))
    expect(sent).toHaveLength(2)
    expect(sent[0]).toMatchObject({ type: 'identify', name: 'Aylin', organisation: 'AWO' })
    expect(sent[0].participantId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(sent[1].participantId).toBe(sent[0].participantId)
  })

  it('a new name is told at once; without a name nothing is sent', () => {
    const { provider, link } = attach()
    provider.sync(true)
    link.setIdentity(null)
    expect(provider.sent).toEqual([])
    link.setIdentity('Bernd')
    expect(JSON.parse(provider.sent[0] ?? '{}')).not.toHaveProperty('organisation')
  })

  it('a revoked link stops the provider; a rate limit is forgotten once back', async () => {
    const { provider, link } = attach()
    link.closed(4429, 'rate-limited')
    expect(link.state.get().closed?.key).toBe('rateLimited')
    provider.sync(true)
    expect(link.state.get().closed).toBeNull()
    link.closed(1000, 'link-rotated')
    await flush()
    expect(provider.destroyed).toBe(true)
    expect(link.state.get().closed).toEqual({ key: 'linkRevoked', final: true })
  })

  it('dots go out as the server expects them', () => {
    const { provider, link } = attach()
    link.dot('v1', 'n1', -1)
    expect(JSON.parse(provider.sent[0] ?? '{}')).toEqual({
      type: 'dot',
      voteId: 'v1',
      recordId: 'n1',
      delta: -1,
    })
  })
})
