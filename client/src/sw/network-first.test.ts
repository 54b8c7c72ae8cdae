import { describe, expect, it } from 'vitest'
import { networkFirst } from './network-first.ts'

const page = (text: string, status = 200) => new Response(text, { status })
const cached = async () => page('old shell')
const nothingCached = async () => undefined

describe('networkFirst (page loads)', () => {
  it('serves what the server sends while it answers, so a new deployment shows at once', async () => {
    const response = await networkFirst(async () => page('new shell'), cached, 1000)
    expect(await response.text()).toBe('new shell')
  })

  it('passes on error answers of the server rather than an old shell', async () => {
    const response = await networkFirst(async () => page('down', 503), cached, 1000)
    expect(response.status).toBe(503)
  })

  it('falls back to the cached shell without network', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'))
    const response = await networkFirst(offline, cached, 1000)
    expect(await response.text()).toBe('old shell')
  })

  it('falls back to the cached shell when the network hangs', async () => {
    const hanging = () => new Promise<Response>(() => {})
    const started = Date.now()
    const response = await networkFirst(hanging, cached, 50)
    expect(await response.text()).toBe('old shell')
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('reports the network error when nothing is cached', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'))
    await expect(networkFirst(offline, nothingCached, 1000)).rejects.toThrow('Failed to fetch')
  })
})
