import { describe, expect, it } from 'vitest'
import { tokenFromHash } from './token.ts'

describe('tokenFromHash', () => {
  it('reads the token from a #t= fragment', () => {
    expect(tokenFromHash('#t=abc_DEF-123')).toBe('abc_DEF-123')
  })

  it('finds the token among other fragment parameters', () => {
    expect(tokenFromHash('#x=1&t=tok')).toBe('tok')
  })

  it('an empty or missing token gives null', () => {
    expect(tokenFromHash('')).toBeNull()
    expect(tokenFromHash('#t=')).toBeNull()
    expect(tokenFromHash('#other=1')).toBeNull()
  })
})
