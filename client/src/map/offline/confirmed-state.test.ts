import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, deleteNodes, initMapDoc, renameNode } from '../../../../shared/src/index.ts'
import { confirmedState, sameAsConfirmed } from './confirmed-state.ts'

/** A map as the server confirmed it, and a browser's copy of it reloaded after a restart. */
function confirmedMap() {
  const server = new Y.Doc()
  initMapDoc(server, { title: 'Kalk' })
  const caritas = addNode(server, { kind: 'provider', label: 'Caritas', position: { x: 0, y: 0 } })
  const reloaded = () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
    return doc
  }
  return { server, caritas, confirmed: confirmedState(server), reloaded }
}

describe('the confirmed state of a local copy', () => {
  it('matches a copy that holds exactly what the server confirmed', () => {
    const { confirmed, reloaded } = confirmedMap()
    expect(sameAsConfirmed(reloaded(), confirmed)).toBe(true)
  })

  it('does not match when something was added or renamed offline', () => {
    const { confirmed, reloaded, caritas } = confirmedMap()
    const added = reloaded()
    addNode(added, { kind: 'service', label: 'Kita', position: { x: 1, y: 1 } })
    expect(sameAsConfirmed(added, confirmed)).toBe(false)
    const renamed = reloaded()
    renameNode(renamed, caritas, 'Caritas Köln')
    expect(sameAsConfirmed(renamed, confirmed)).toBe(false)
  })

  it('does not match when something was only deleted offline (no new item, only a deletion)', () => {
    const { confirmed, reloaded, caritas } = confirmedMap()
    const doc = reloaded()
    const before = Y.encodeStateVector(doc)
    deleteNodes(doc, [caritas])
    // The state vector alone would not see it:
    expect(Y.encodeStateVector(doc)).toEqual(before)
    expect(sameAsConfirmed(doc, confirmed)).toBe(false)
  })

  it('does not match without a stored value or with a damaged one', () => {
    const { reloaded } = confirmedMap()
    expect(sameAsConfirmed(reloaded(), undefined)).toBe(false)
    expect(sameAsConfirmed(reloaded(), new Uint8Array([255, 1, 2]))).toBe(false)
  })
})
