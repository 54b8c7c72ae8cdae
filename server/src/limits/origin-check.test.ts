import { expect, it } from 'vitest'
import { isAllowedOrigin } from './origin-check.ts'

it('with PUBLIC_URL only its exact origin may open a socket', () => {
  const publicUrl = 'https://karte.example.org'
  expect(isAllowedOrigin('https://karte.example.org', 'internal:8080', publicUrl)).toBe(true)
  expect(isAllowedOrigin('http://karte.example.org', 'internal:8080', publicUrl)).toBe(false)
  expect(isAllowedOrigin('https://karte.example.org:444', 'internal:8080', publicUrl)).toBe(false)
  expect(isAllowedOrigin('https://evil.example', 'karte.example.org', publicUrl)).toBe(false)
})

it('without PUBLIC_URL the origin must name the host the request went to', () => {
  expect(isAllowedOrigin('http://localhost:8080', 'localhost:8080', undefined)).toBe(true)
  expect(isAllowedOrigin('http://localhost:8081', 'localhost:8080', undefined)).toBe(false)
  expect(isAllowedOrigin('https://evil.example', 'localhost:8080', undefined)).toBe(false)
  expect(isAllowedOrigin('http://localhost:8080', undefined, undefined)).toBe(false)
  // Behind a trusted proxy that rewrites Host, its X-Forwarded-Host names the public host.
  expect(
    isAllowedOrigin(
      'https://karte.example.org',
      ['127.0.0.1:8080', 'karte.example.org'],
      undefined,
    ),
  ).toBe(true)
})

it('null, non-web and malformed origins are refused; a missing origin is not a browser', () => {
  for (const origin of ['null', 'file://', 'chrome-extension://abc', 'not a url', '']) {
    expect(isAllowedOrigin(origin, 'localhost:8080', undefined)).toBe(false)
  }
  expect(isAllowedOrigin(undefined, 'localhost:8080', 'https://karte.example.org')).toBe(true)
})
