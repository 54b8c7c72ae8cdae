import { describe, expect, test } from 'vitest'
import { edgeRecordSchema } from './edge-record.ts'
import { metaRecordSchema, newMapInputSchema, TITLE_MAX_LENGTH } from './meta-record.ts'
import { isWebUrl, LABEL_MAX_LENGTH, nodeRecordSchema, WEBSITE_MAX_LENGTH } from './node-record.ts'
import { COORDINATE_LIMIT, clampPosition, positionSchema } from './position.ts'

describe('clampPosition', () => {
  test('keeps a position inside the range as it is', () => {
    expect(clampPosition({ x: -250.5, y: 1200 })).toEqual({ x: -250.5, y: 1200 })
  })

  test('pulls far-away coordinates back to the edge of the range', () => {
    expect(clampPosition({ x: 1e12, y: -1e12 })).toEqual({
      x: COORDINATE_LIMIT,
      y: -COORDINATE_LIMIT,
    })
    expect(clampPosition({ x: Number.MAX_VALUE, y: -Number.MAX_VALUE })).toEqual({
      x: COORDINATE_LIMIT,
      y: -COORDINATE_LIMIT,
    })
  })

  test('turns NaN and infinities into 0', () => {
    expect(clampPosition({ x: Number.NaN, y: Number.POSITIVE_INFINITY })).toEqual({ x: 0, y: 0 })
    expect(clampPosition({ x: Number.NEGATIVE_INFINITY, y: Number.NaN })).toEqual({ x: 0, y: 0 })
  })

  test('always returns a position the schema accepts', () => {
    const hostile = [Number.NaN, Number.POSITIVE_INFINITY, 1e308, -1e308, 5e-324, -0, 42]
    for (const x of hostile) {
      for (const y of hostile)
        expect(positionSchema.safeParse(clampPosition({ x, y })).success).toBe(true)
    }
  })
})

describe('the record schemas', () => {
  const node = { kind: 'provider', label: 'Caritas', position: { x: 1, y: 2 } }
  const edge = { source: 'a', target: 'b', kind: 'funding', status: 'planned' }

  test('accept a valid node with and without sector and themes', () => {
    expect(nodeRecordSchema.safeParse(node).success).toBe(true)
    const tagged = { ...node, sector: 'youth', themes: ['education', 'income'] }
    expect(nodeRecordSchema.safeParse(tagged).success).toBe(true)
  })

  test.each([
    ['an unknown kind', { ...node, kind: 'person' }],
    ['an over-long label', { ...node, label: 'x'.repeat(LABEL_MAX_LENGTH + 1) }],
    ['a NaN coordinate', { ...node, position: { x: Number.NaN, y: 0 } }],
    ['a coordinate beyond the limit', { ...node, position: { x: COORDINATE_LIMIT + 1, y: 0 } }],
    ['an unknown sector', { ...node, sector: 'police' }],
    ['an unknown theme', { ...node, themes: ['weather'] }],
  ])('reject a node with %s', (_, value) => {
    expect(nodeRecordSchema.safeParse(value).success).toBe(false)
  })

  test('accept a valid edge and reject unknown kinds, statuses and empty endpoints', () => {
    expect(edgeRecordSchema.safeParse(edge).success).toBe(true)
    expect(edgeRecordSchema.safeParse({ ...edge, kind: 'love' }).success).toBe(false)
    expect(edgeRecordSchema.safeParse({ ...edge, status: 'maybe' }).success).toBe(false)
    expect(edgeRecordSchema.safeParse({ ...edge, source: '' }).success).toBe(false)
  })

  test('accept meta with a whole, non-negative schema version only', () => {
    expect(metaRecordSchema.safeParse({ schemaVersion: 1, title: 'Kalk' }).success).toBe(true)
    expect(metaRecordSchema.safeParse({ schemaVersion: 1.5, title: '' }).success).toBe(false)
    expect(metaRecordSchema.safeParse({ schemaVersion: -1, title: '' }).success).toBe(false)
  })

  test('trim a new map title and refuse an empty or over-long one', () => {
    const parsed = newMapInputSchema.parse({ title: '  Netzwerk Chorweiler ', area: ' Nord ' })
    expect(parsed).toEqual({ title: 'Netzwerk Chorweiler', area: 'Nord' })
    expect(newMapInputSchema.safeParse({ title: '   ' }).success).toBe(false)
    const long = 'T'.repeat(TITLE_MAX_LENGTH + 1)
    expect(newMapInputSchema.safeParse({ title: long }).success).toBe(false)
  })
})

describe('isWebUrl', () => {
  test('accepts absolute http and https links', () => {
    expect(isWebUrl('https://www.caritas-koeln.de/angebote')).toBe(true)
    expect(isWebUrl('http://stadtteilkonferenz-kalk.de')).toBe(true)
  })

  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'www.awo.de',
    '/relative/path',
    '',
    `https://example.org/${'a'.repeat(WEBSITE_MAX_LENGTH)}`,
  ])('rejects %j', (value) => {
    expect(isWebUrl(value)).toBe(false)
  })
})
