import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEdge,
  addNode,
  deleteNodes,
  initMapDoc,
  moveNodes,
  type NodeId,
  renameNode,
} from '../../../shared/src/index.ts'
import { ChangeRecorder, touchedRecords } from './change-recorder.ts'

function touchedBy(doc: Y.Doc, change: () => void) {
  let touched: ReturnType<typeof touchedRecords> | undefined
  const listen = (tr: Y.Transaction) => {
    touched = touchedRecords(tr)
  }
  doc.on('afterTransaction', listen)
  change()
  doc.off('afterTransaction', listen)
  return { nodeIds: [...(touched?.nodeIds ?? [])], edgeIds: [...(touched?.edgeIds ?? [])] }
}

describe('touchedRecords', () => {
  it('names the node added, renamed, moved or deleted, and the edge added', () => {
    const doc = new Y.Doc()
    initMapDoc(doc, { title: 'Kalk' })
    let a = '' as NodeId
    expect(
      touchedBy(doc, () => {
        a = addNode(doc, { kind: 'provider', label: 'AWO', position: { x: 0, y: 0 } })
      }),
    ).toEqual({ nodeIds: [a], edgeIds: [] })
    const b = addNode(doc, { kind: 'service', label: 'Kita', position: { x: 1, y: 1 } })
    expect(touchedBy(doc, () => renameNode(doc, a, 'AWO Kalk'))).toEqual({
      nodeIds: [a],
      edgeIds: [],
    })
    expect(touchedBy(doc, () => moveNodes(doc, [{ id: b, position: { x: 5, y: 5 } }]))).toEqual({
      nodeIds: [b],
      edgeIds: [],
    })
    let e = ''
    const added = touchedBy(doc, () => {
      e = addEdge(doc, { source: a, target: b, kind: 'cooperation' }) ?? ''
    })
    expect(added.edgeIds).toEqual([e])
    expect(touchedBy(doc, () => deleteNodes(doc, [b])).nodeIds).toEqual([b])
  })
})

describe('ChangeRecorder', () => {
  const anna = { participantId: 'anna-0001', name: 'Anna' }
  const ids = (nodeIds: string[], edgeIds: string[] = []) => ({
    nodeIds: new Set(nodeIds),
    edgeIds: new Set(edgeIds),
  })

  it('coalesces one participant’s changes within the window into one record', () => {
    const recorder = new ChangeRecorder(30_000)
    for (let step = 0; step < 200; step++) recorder.note(anna, ids(['n1']), 1_000 + step * 10)
    recorder.note(anna, ids(['n2'], ['e1']), 20_000)
    expect(recorder.takeDue(25_000)).toEqual([])
    expect(recorder.takeAll()).toEqual([
      {
        at: 1_000,
        participantId: 'anna-0001',
        name: 'Anna',
        nodeIds: ['n1', 'n2'],
        edgeIds: ['e1'],
      },
    ])
  })

  it('starts a new record after the window and keeps participants apart', () => {
    const recorder = new ChangeRecorder(30_000)
    recorder.note(anna, ids(['n1']), 0)
    recorder.note({ participantId: 'bert-0001', name: 'Bert' }, ids(['n1']), 10)
    const closed = recorder.note(anna, ids(['n3']), 40_000)
    expect(closed.map((c) => [c.name, c.nodeIds])).toEqual([['Anna', ['n1']]])
    expect(recorder.takeDue(40_011).map((c) => c.name)).toEqual(['Bert'])
    expect(recorder.takeAll().map((c) => c.nodeIds)).toEqual([['n3']])
  })

  it('records nothing for a transaction that touched no node or edge', () => {
    const recorder = new ChangeRecorder()
    recorder.note(anna, ids([]), 0)
    expect(recorder.takeAll()).toEqual([])
  })
})
