import { describe, expect, it } from 'vitest'
import type { ColumnMapping } from '../../../../shared/src/formats/import-plan.ts'
import { problem } from '../../../../shared/src/formats/problems.ts'
import {
  fieldChoices,
  formatFromFileName,
  formatOfFiles,
  listedProblems,
  setColumnField,
  takesSeveralFiles,
} from './import-helpers.ts'

describe('the format a file name suggests', () => {
  it('reads the extension whatever its case', () => {
    expect(formatFromFileName('Akteure Kalk.CSV')).toBe('csv')
    expect(formatFromFileName('netz.xlsx')).toBe('xlsx')
    expect(formatFromFileName('karte.json')).toBe('json')
    expect(formatFromFileName('yed export.graphml')).toBe('graphml')
    expect(formatFromFileName('gephi.xml')).toBe('graphml')
  })

  it('knows nothing of names without a known extension', () => {
    expect(formatFromFileName('Akteure')).toBeNull()
    expect(formatFromFileName('tabelle.ods')).toBeNull()
    expect(formatFromFileName('.csv.bak')).toBeNull()
  })

  it('takes the first known extension of several files, and CSV when none is known', () => {
    expect(formatOfFiles(['liesmich', 'akteure.xlsx', 'x.json'])).toBe('xlsx')
    expect(formatOfFiles(['liesmich'])).toBe('csv')
  })

  it('accepts several files only for CSV', () => {
    expect(takesSeveralFiles('csv')).toBe(true)
    expect(takesSeveralFiles('xlsx')).toBe(false)
  })
})

describe('editing the column mapping', () => {
  const mapping: ColumnMapping = [
    {
      sheet: 'Akteure',
      role: 'actors',
      headerRow: 1,
      columns: [
        { index: 0, header: 'Name', field: 'label' },
        { index: 1, header: 'Typ', field: 'kind' },
        { index: 2, header: 'Ansprechperson', field: null },
      ],
    },
    {
      sheet: 'Verbindungen',
      role: 'links',
      headerRow: 1,
      columns: [{ index: 0, header: 'Von', field: 'from' }],
    },
  ]

  it('sets the field of one column and leaves the other tables alone', () => {
    const next = setColumnField(mapping, 'Akteure', 2, 'contact')
    expect(next[0]?.columns[2]?.field).toBe('contact')
    expect(next[0]?.columns[0]?.field).toBe('label')
    expect(next[1]).toBe(mapping[1])
  })

  it('clears the column that filled a field before, so one field has one column', () => {
    const next = setColumnField(mapping, 'Akteure', 2, 'kind')
    expect(next[0]?.columns.map((c) => c.field)).toEqual(['label', null, 'kind'])
  })

  it('can leave a column out', () => {
    const next = setColumnField(mapping, 'Akteure', 1, null)
    expect(next[0]?.columns.map((c) => c.field)).toEqual(['label', null, null])
  })

  it('does not change the mapping it was given', () => {
    setColumnField(mapping, 'Akteure', 0, null)
    expect(mapping[0]?.columns[0]?.field).toBe('label')
  })

  it('offers the actor fields for actors and the link fields for links, in German', () => {
    const actors = fieldChoices('actors')
    expect(actors.find((c) => c.field === 'label')?.label.de).toBe('Name')
    expect(actors.some((c) => c.field === 'from')).toBe(false)
    expect(fieldChoices('links').find((c) => c.field === 'from')?.label.de).toBe('Von')
  })
})

describe('the problems the dialog lists', () => {
  it('puts rejecting problems first and then follows the rows', () => {
    const problems = [
      problem('unknownValue', { row: 9, column: 'Art', value: 'Raumschiff' }),
      problem('missingLabel', { row: 6 }),
      problem('emptyFile'),
      problem('missingLabel', { row: 3 }),
    ]
    const { shown, more } = listedProblems(problems)
    expect(shown.map((p) => [p.severity, p.row])).toEqual([
      ['fatal', undefined],
      ['error', 3],
      ['error', 6],
      ['warning', 9],
    ])
    expect(more).toBe(0)
  })

  it('lists at most the first 500 and counts the rest', () => {
    const problems = Array.from({ length: 740 }, (_, i) => problem('missingLabel', { row: i + 2 }))
    const { shown, more } = listedProblems(problems)
    expect(shown).toHaveLength(500)
    expect(shown[499]?.row).toBe(501)
    expect(more).toBe(240)
  })
})
