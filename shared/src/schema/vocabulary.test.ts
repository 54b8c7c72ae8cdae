import { describe, expect, test } from 'vitest'
import {
  ACTOR_KINDS,
  DEFAULT_EDGE_STRENGTH,
  defaultDirection,
  EDGE_DIRECTION_LABELS,
  EDGE_DIRECTIONS,
  EDGE_KIND_DIRECTED,
  EDGE_KIND_LABELS,
  EDGE_KINDS,
  EDGE_STATUS_LABELS,
  EDGE_STATUSES,
  EDGE_STRENGTH_LABELS,
  EDGE_STRENGTHS,
  type Labels,
  NODE_KIND_LABELS,
  NODE_KINDS,
  SECTOR_LABELS,
  SECTORS,
  THEME_LABELS,
  THEMES,
} from './vocabulary.ts'

const vocabularies: [string, readonly string[], Readonly<Record<string, Labels>>][] = [
  ['node kind', NODE_KINDS, NODE_KIND_LABELS],
  ['edge kind', EDGE_KINDS, EDGE_KIND_LABELS],
  ['edge status', EDGE_STATUSES, EDGE_STATUS_LABELS],
  ['edge direction', EDGE_DIRECTIONS, EDGE_DIRECTION_LABELS],
  ['edge strength', EDGE_STRENGTHS.map(String), EDGE_STRENGTH_LABELS],
  ['sector', SECTORS, SECTOR_LABELS],
  ['theme', THEMES, THEME_LABELS],
]

describe.each(vocabularies)('every %s', (_, codes, labels) => {
  test('has a German and an English label, and no label lacks a code', () => {
    for (const code of codes) {
      expect(labels[code]?.de.trim(), code).toBeTruthy()
      expect(labels[code]?.en.trim(), code).toBeTruthy()
    }
    expect(Object.keys(labels).sort()).toEqual([...codes].sort())
  })

  test('is listed once and reads differently from the others in both languages', () => {
    expect(new Set(codes).size).toBe(codes.length)
    for (const language of ['de', 'en'] as const) {
      const words = codes.map((code) => labels[code]?.[language])
      expect(new Set(words).size, language).toBe(codes.length)
    }
  })
})

describe('the vocabulary', () => {
  test('uses the German words of the method (DESIGN.md §2)', () => {
    expect(NODE_KIND_LABELS.provider.de).toBe('Träger')
    expect(NODE_KIND_LABELS.agency.de).toBe('Fachamt / Verwaltung')
    expect(NODE_KIND_LABELS.residentGroup.de).toBe('Bewohner*innengruppe / Initiative')
    expect(EDGE_KIND_LABELS.operates.de).toBe('Trägerschaft')
    expect(EDGE_STATUS_LABELS.planned.de).toBe('geplant / vereinbart')
    expect(SECTOR_LABELS.youth.de).toBe('Jugendhilfe')
  })

  test('has the seven Lebenslagen', () => {
    expect(THEMES).toHaveLength(7)
  })

  test('counts every kind but free notes as an actor', () => {
    expect(ACTOR_KINDS).not.toContain('note')
    expect([...ACTOR_KINDS, 'note'].sort()).toEqual([...NODE_KINDS].sort())
  })

  test('says for every edge kind whether it has a direction', () => {
    expect(Object.keys(EDGE_KIND_DIRECTED).sort()).toEqual([...EDGE_KINDS].sort())
    expect(EDGE_KIND_DIRECTED.funding).toBe(true)
    expect(EDGE_KIND_DIRECTED.cooperation).toBe(false)
  })

  test('gives a new link the direction of its kind and a regular strength', () => {
    for (const kind of EDGE_KINDS) {
      expect(defaultDirection(kind)).toBe(EDGE_KIND_DIRECTED[kind] ? 'forward' : 'none')
    }
    expect(EDGE_STRENGTHS).toContain(DEFAULT_EDGE_STRENGTH)
  })
})
