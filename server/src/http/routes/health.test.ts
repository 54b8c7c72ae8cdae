import { afterEach, beforeEach, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../security-headers.ts'
import { createTestApp, type TestApp } from '../test-app.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

it('the health endpoint answers ok with the version', async () => {
  const response = await t.app.request('/api/health')
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9-test' })
})

it('every response carries the security headers, errors included', async () => {
  for (const path of ['/api/health', '/api/nothing-here', '/nothing-here', '/']) {
    const response = await t.app.request(path)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  }
})

it('an unknown API path answers a JSON 404', async () => {
  const response = await t.app.request('/api/nothing-here')
  expect(response.status).toBe(404)
  expect(await response.json()).toMatchObject({ error: { code: 'not_found' } })
})
