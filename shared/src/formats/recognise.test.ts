import { describe, expect, test } from 'vitest'
import { readNumber, recogniseEdgeHeader, recogniseNodeHeader } from './columns.ts'
import { guessDelimiter } from './csv-import.ts'
import {
  guessKindFromLabel,
  recogniseEdgeKind,
  recogniseEdgeStatus,
  recogniseNodeKind,
  recogniseSector,
  recogniseTheme,
} from './recognise.ts'

describe('headers people write', () => {
  test.each([
    ['Name', 'label'],
    ['Bezeichnung', 'label'],
    ['Label', 'label'],
    ['Organisation', 'label'],
    ['Typ', 'kind'],
    ['Art', 'kind'],
    ['Type', 'kind'],
    ['Säule', 'sector'],
    ['SAEULE', 'sector'],
    ['Ressort', 'sector'],
    ['Tags', 'themes'],
    ['Lebenslagen', 'themes'],
    ['X-Position', 'x'],
    ['ID', 'id'],
  ])('actor header %j → %s', (header, field) => {
    expect(recogniseNodeHeader(header)).toBe(field)
  })

  test.each([
    ['Von', 'from'],
    ['From', 'from'],
    ['Quelle', 'from'],
    ['Nach', 'to'],
    ['To', 'to'],
    ['Ziel', 'to'],
    ['Von-ID', 'fromId'],
    ['Type', 'kind'],
    ['Beziehung', 'kind'],
    ['Status', 'status'],
  ])('link header %j → %s', (header, field) => {
    expect(recogniseEdgeHeader(header)).toBe(field)
  })

  test('unknown headers are not guessed', () => {
    expect(recogniseNodeHeader('Lieblingsfarbe')).toBeUndefined()
    expect(recogniseEdgeHeader('Image')).toBeUndefined()
  })
})

describe('words in cells', () => {
  test.each([
    ['Verein', 'provider'],
    ['Träger', 'provider'],
    ['Organization', 'provider'],
    ['Amt', 'agency'],
    ['Jugendamt', 'agency'],
    ['Fachamt / Verwaltung', 'agency'],
    ['Einrichtung', 'service'],
    ['Bewohner*innengruppe', 'residentGroup'],
    ['Initiative', 'residentGroup'],
    ['Ressource', 'resource'],
    ['Gremium', 'body'],
    ['Arbeitskreis', 'body'],
    ['Notiz', 'note'],
    ['residentGroup', 'residentGroup'],
  ])('kind %j → %s', (word, kind) => {
    expect(recogniseNodeKind(word)).toBe(kind)
  })

  test('sectors, themes, link kinds and statuses in German and English', () => {
    expect(recogniseSector('Jugendhilfe')).toBe('youth')
    expect(recogniseSector('soziales und senioren')).toBe('social')
    expect(recogniseSector('Health')).toBe('health')
    expect(recogniseTheme('Erwerbstätigkeit')).toBe('employment')
    expect(recogniseTheme('Teilhabe')).toBe('participation')
    expect(recogniseEdgeKind('Zusammenarbeit')).toBe('cooperation')
    expect(recogniseEdgeKind('Förderung')).toBe('funding')
    expect(recogniseEdgeKind('Spannung / Konflikt')).toBe('tension')
    expect(recogniseEdgeStatus('geplant')).toBe('planned')
    expect(recogniseEdgeStatus('besteht')).toBe('existing')
    expect(recogniseNodeKind('Raumschiff')).toBeUndefined()
  })

  test('a kind is guessed from a name only from a whole word', () => {
    expect(guessKindFromLabel('Jugendamt Köln-Mülheim')).toBe('agency')
    expect(guessKindFromLabel('Kita Sonnenschein')).toBe('service')
    expect(guessKindFromLabel('Stadtteilbüro')).toBeUndefined()
  })
})

describe('the CSV delimiter', () => {
  test('is the most frequent candidate in the header line, outside quotes', () => {
    expect(guessDelimiter('Name;Art\nA;B\n')).toBe(';')
    expect(guessDelimiter('Name,Art\n')).toBe(',')
    expect(guessDelimiter('"Name; lang",Art,Säule\n')).toBe(',')
    expect(guessDelimiter('Name\tArt\n')).toBe('\t')
    expect(guessDelimiter('Name\n')).toBe(';')
  })
})

describe('numbers in cells', () => {
  test.each([
    ['12,5', 12.5],
    ['-12.5', -12.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    [' 7 ', 7],
    ['1e3', 1000],
  ])('%j → %d', (raw, value) => {
    expect(readNumber(raw)).toBe(value)
  })

  test.each(['', 'abc', '1,2,3x', 'Infinity'])('%j is not a number', (raw) => {
    expect(readNumber(raw)).toBeUndefined()
  })
})
