import { describe, expect, test } from 'vitest'
import { isMapId, isRecordId, newEdgeId, newMapId, newNodeId, randomId } from './ids.ts'

const URL_SAFE = /^[A-Za-z0-9_-]+$/

describe('random ids', () => {
  test('are URL-safe and as long as asked', () => {
    expect(randomId()).toMatch(/^[A-Za-z0-9_-]{21}$/)
    expect(randomId(1)).toMatch(URL_SAFE)
    expect(randomId(64)).toHaveLength(64)
    expect(randomId(0)).toBe('')
  })

  test('do not repeat in 20 000 draws', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => randomId()))
    expect(ids.size).toBe(20_000)
  })

  test('use all 64 characters about equally often', () => {
    const counts = new Map<string, number>()
    for (const char of randomId(64_000)) counts.set(char, (counts.get(char) ?? 0) + 1)
    expect(counts.size).toBe(64)
    // Expected 1 000 each; ±25 % is more than 7 standard deviations, so this never flakes.
    for (const [char, count] of counts) {
      expect(count, char).toBeGreaterThan(750)
      expect(count, char).toBeLessThan(1_250)
    }
  })

  test('for nodes and edges are record ids, for maps are map ids', () => {
    const node = newNodeId()
    const edge = newEdgeId()
    const map = newMapId()
    expect(node).toHaveLength(21)
    expect(edge).toHaveLength(21)
    expect(map).toHaveLength(22)
    expect(isRecordId(node) && isRecordId(edge)).toBe(true)
    expect(isMapId(map)).toBe(true)
    expect(isMapId(node)).toBe(false)
  })
})

describe('newMapId', () => {
  test('never starts with - or _, so the command line does not read it as an option', () => {
    // With the plain alphabet 1 in 32 ids would; 5 000 draws would show it all but surely.
    for (let i = 0; i < 5_000; i++) expect(newMapId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/)
  })
})

describe('isMapId', () => {
  test.each([
    ['a path traversal', '../../etc/passwd'],
    ['an encoded traversal', '%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['an encoded dot pair', '%2e%2e'],
    ['the empty string', ''],
    ['a 10 KB string', 'a'.repeat(10_240)],
    ['one character too short', 'a'.repeat(21)],
    ['one character too long', 'a'.repeat(23)],
    ['a trailing newline', `${'a'.repeat(22)}\n`],
    ['a dot', `${'a'.repeat(21)}.`],
    ['a slash', `${'a'.repeat(21)}/`],
    ['a space', `${'a'.repeat(21)} `],
    ['a non-ASCII letter', `${'a'.repeat(21)}ä`],
    ['a NUL byte', `${'a'.repeat(21)}\0`],
  ])('rejects %s', (_, value) => {
    expect(isMapId(value)).toBe(false)
  })

  test.each([null, undefined, 42, {}, ['a'.repeat(22)]])('rejects the non-string %j', (value) => {
    expect(isMapId(value)).toBe(false)
  })

  test('accepts exactly 22 URL-safe characters', () => {
    expect(isMapId('AZaz09_-AZaz09_-AZaz09')).toBe(true)
  })
})

describe('isRecordId', () => {
  test('accepts 1 to 64 URL-safe characters, as imports may bring their own ids', () => {
    expect(isRecordId('a')).toBe(true)
    expect(isRecordId('node-17_B')).toBe(true)
    expect(isRecordId('x'.repeat(64))).toBe(true)
  })

  test.each(['', 'x'.repeat(65), '../x', 'a b', 'Träger', '__proto__'])('rejects %j', (value) => {
    expect(isRecordId(value)).toBe(false)
  })

  test('rejects non-strings', () => {
    expect(isRecordId(7)).toBe(false)
    expect(isRecordId(null)).toBe(false)
  })
})
