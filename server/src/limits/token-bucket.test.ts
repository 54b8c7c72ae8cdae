import { expect, it } from 'vitest'
import { createTokenBucket } from './token-bucket.ts'

it('a token bucket allows the burst at once and then only the sustained rate', () => {
  const bucket = createTokenBucket(10, 5)
  const t0 = 1_000
  const first = Array.from({ length: 8 }, () => bucket.take(t0))
  expect(first).toEqual([true, true, true, true, true, false, false, false])
  // 10 per second: after 250 ms two and a half tokens came back, two are usable.
  expect([bucket.take(t0 + 250), bucket.take(t0 + 250), bucket.take(t0 + 250)]).toEqual([
    true,
    true,
    false,
  ])
})

it('a token bucket never holds more than its burst, however long it was idle', () => {
  const bucket = createTokenBucket(100, 3)
  bucket.take(0)
  const later = Array.from({ length: 5 }, () => bucket.take(60_000))
  expect(later).toEqual([true, true, true, false, false])
})
