import { describe, expect, it } from 'vitest'
import { closeMessageFor } from './close-messages.ts'

describe('closeMessageFor', () => {
  it('a rotated link is final, whatever the code', () => {
    expect(closeMessageFor(1000, 'link-rotated')).toEqual({ key: 'linkRevoked', final: true })
    expect(closeMessageFor(4000, 'link-rotated')?.key).toBe('linkRevoked')
  })

  it('a deleted map is final', () => {
    expect(closeMessageFor(1000, 'map-deleted')).toEqual({ key: 'mapDeleted', final: true })
  })

  it('the limit codes map to messages that let the provider reconnect', () => {
    expect(closeMessageFor(4429, 'rate-limited')).toEqual({ key: 'rateLimited', final: false })
    expect(closeMessageFor(4429, 'too-many-connections')?.key).toBe('rateLimited')
    expect(closeMessageFor(4413, 'too-large')?.key).toBe('tooLarge')
    expect(closeMessageFor(1009, '')?.key).toBe('tooLarge')
    expect(closeMessageFor(4503, 'map-full')?.key).toBe('mapFull')
    expect(closeMessageFor(4400, 'bad-message')?.key).toBe('badMessage')
    expect(closeMessageFor(4408, 'too-slow')?.key).toBe('slow')
  })

  it('a refused origin is final (reconnecting from the same page cannot help)', () => {
    expect(closeMessageFor(4403, 'forbidden-origin')).toEqual({
      key: 'originRefused',
      final: true,
    })
  })

  it('an ordinary disconnect has no message', () => {
    expect(closeMessageFor(1006, '')).toBeNull()
    expect(closeMessageFor(1000, '')).toBeNull()
  })
})
