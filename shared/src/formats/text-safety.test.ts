import { describe, expect, test } from 'vitest'
import {
  dropLoneSurrogates,
  isFormulaLike,
  neutraliseFormula,
  restoreNeutralised,
  stripXmlForbidden,
} from './text-safety.ts'

describe('formula neutralisation', () => {
  const dangerous = [
    '=1+1',
    '+49',
    '-5',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\0',
    '＝1',
    '＋1',
    '－1',
    '＠A',
    '  =1',
  ]

  test.each(dangerous)('%j gets a leading quote and comes back unchanged', (cell) => {
    expect(isFormulaLike(cell)).toBe(true)
    expect(neutraliseFormula(cell)).toBe(`'${cell}`)
    expect(restoreNeutralised(neutraliseFormula(cell))).toBe(cell)
  })

  test.each(['Caritas', 'AWO = Arbeiterwohlfahrt', "'Zitat'", '', 'a-b', '5'])(
    '%j stays as it is',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell)
      expect(restoreNeutralised(cell)).toBe(cell)
    },
  )
})

describe('XML-forbidden characters', () => {
  test('C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/FFFF are dropped', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg')
    expect(stripXmlForbidden('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r')
    expect(stripXmlForbidden('x\uD800y\uDC00z\uFFFE\uFFFF')).toBe('xyz')
  })

  test('surrogate pairs (emoji) and umlauts are kept', () => {
    expect(stripXmlForbidden('Köln 😀 ß')).toBe('Köln 😀 ß')
    expect(dropLoneSurrogates('😀\uD83D')).toBe('😀')
    expect(dropLoneSurrogates('\uDE00😀')).toBe('😀')
  })
})
