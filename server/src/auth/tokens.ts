import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** The length of a token: 32 random bytes in base64url without padding. */
export const TOKEN_LENGTH = 43
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

/** A new secret token (256 random bits, base64url). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url')
}

/** SHA-256 of a token as hex: the only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Whether a string has the shape of a token (cheap check before any hashing or I/O). */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value)
}

/**
 * Compares a presented token's hash with a stored hash in constant time, so the time taken
 * reveals nothing about how many leading characters were right.
 */
export function hashMatches(presentedHash: string, storedHash: string): boolean {
  const a = Buffer.from(presentedHash, 'hex')
  const b = Buffer.from(storedHash, 'hex')
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b)
}
