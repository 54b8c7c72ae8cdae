import { expect, it } from 'vitest'
import { clientAddress, isLoopback, truncateAddress } from './client-address.ts'

it('an IPv4 address is truncated to its /24 network, also when IPv6-mapped', () => {
  expect(truncateAddress('203.0.113.77')).toBe('203.0.113.0/24')
  expect(truncateAddress('::ffff:198.51.100.200')).toBe('198.51.100.0/24')
})

it('an IPv6 address is truncated to its /48 network, compressed forms included', () => {
  expect(truncateAddress('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd::/48')
  expect(truncateAddress('2001:0db8::1')).toBe('2001:db8:0::/48')
  expect(truncateAddress('::1')).toBe('0:0:0::/48')
})

it('something that is not an address is not echoed into the log', () => {
  expect(truncateAddress('<script>')).toBe('invalid')
  expect(truncateAddress(undefined)).toBeUndefined()
})

it('forwarding headers count only behind a trusted proxy', () => {
  const headers = new Headers({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9' })
  expect(clientAddress(headers, '10.0.0.2', false)).toBe('10.0.0.2')
  expect(clientAddress(headers, '10.0.0.2', true)).toBe('203.0.113.9')
  expect(clientAddress(new Headers({ 'x-real-ip': '192.0.2.5' }), '10.0.0.2', true)).toBe(
    '192.0.2.5',
  )
  expect(clientAddress(new Headers(), '10.0.0.2', true)).toBe('10.0.0.2')
})

it('only the machine itself is loopback', () => {
  expect(isLoopback('127.0.0.1')).toBe(true)
  expect(isLoopback('::ffff:127.0.0.1')).toBe(true)
  expect(isLoopback('::1')).toBe(true)
  expect(isLoopback('10.0.0.1')).toBe(false)
  expect(isLoopback(undefined)).toBe(false)
})
