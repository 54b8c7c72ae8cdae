import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addAgreement,
  agreementsMap,
  deleteAgreement,
  readAgreements,
  updateAgreement,
} from './agreements.ts'

const countTransactions = (doc: Y.Doc) => {
  let count = 0
  doc.on('afterTransaction', () => {
    count++
  })
  return () => count
}

describe('agreements', () => {
  it('an added agreement is read back with its id, links and defaults', () => {
    const doc = new Y.Doc()
    const transactions = countTransactions(doc)
    const id = addAgreement(doc, {
      text: '  Gemeinsamer Flyer von Jugendzentrum und Kita  ',
      owner: 'AWO Kalk',
      due: '2026-12-31',
      nodeIds: ['n1', 'n2'],
      createdAt: 5,
    })
    expect(transactions()).toBe(1)
    expect(readAgreements(doc)).toEqual([
      {
        id,
        text: 'Gemeinsamer Flyer von Jugendzentrum und Kita',
        owner: 'AWO Kalk',
        due: '2026-12-31',
        nodeIds: ['n1', 'n2'],
        edgeIds: [],
        createdAt: 5,
      },
    ])
  })

  it('an invalid agreement is refused and nothing is written', () => {
    const doc = new Y.Doc()
    expect(() => addAgreement(doc, { text: '   ' })).toThrow()
    expect(() => addAgreement(doc, { text: 'ok', due: '31.12.2026' })).toThrow()
    expect(agreementsMap(doc).size).toBe(0)
  })

  it('an update changes only the given fields in one transaction and can clear the owner', () => {
    const doc = new Y.Doc()
    const id = addAgreement(doc, { text: 'Termin finden', owner: 'Caritas', createdAt: 1 })
    const transactions = countTransactions(doc)
    expect(updateAgreement(doc, id, { owner: '', due: '2027-01-15', edgeIds: ['e1'] })).toBe(true)
    expect(transactions()).toBe(1)
    expect(readAgreements(doc)[0]).toEqual({
      id,
      text: 'Termin finden',
      due: '2027-01-15',
      nodeIds: [],
      edgeIds: ['e1'],
      createdAt: 1,
    })
    expect(() => updateAgreement(doc, id, { text: '' })).toThrow()
    expect(readAgreements(doc)[0]?.text).toBe('Termin finden')
    expect(updateAgreement(doc, 'missing', { text: 'x' })).toBe(false)
  })

  it('concurrent edits of different fields of one agreement both survive', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    const id = addAgreement(a, { text: 'Runder Tisch Wohnen', createdAt: 1 })
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    updateAgreement(a, id, { owner: 'Sozialamt' })
    updateAgreement(b, id, { due: '2027-03-01' })
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(readAgreements(a)).toEqual(readAgreements(b))
    expect(readAgreements(a)[0]).toMatchObject({ owner: 'Sozialamt', due: '2027-03-01' })
  })

  it('a deleted agreement is gone, and a hostile entry is skipped when reading', () => {
    const doc = new Y.Doc()
    const keep = addAgreement(doc, { text: 'Bleibt', createdAt: 2 })
    const gone = addAgreement(doc, { text: 'Geht', createdAt: 1 })
    const hostile = new Y.Map<unknown>()
    hostile.set('text', 42)
    agreementsMap(doc).set('bad', hostile)
    expect(deleteAgreement(doc, gone)).toBe(true)
    expect(deleteAgreement(doc, gone)).toBe(false)
    expect(readAgreements(doc).map((a) => a.id)).toEqual([keep])
  })
})
