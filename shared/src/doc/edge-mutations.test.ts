import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import { AREA_MAX_LENGTH, TITLE_MAX_LENGTH } from '../schema/meta-record.ts'
import { observeDoc } from '../testing/observe-doc.ts'
import {
  addEdge,
  addNode,
  deleteEdges,
  findDanglingEdges,
  removeDanglingEdges,
  setEdgeKind,
  setEdgeStatus,
  setMapInfo,
} from './mutations.ts'
import { readEdge, readMeta } from './read-map.ts'
import { edgesMap, nodesMap, toYRecord } from './y-map-doc.ts'

function threeActors() {
  const doc = new Y.Doc()
  const at = { x: 0, y: 0 }
  const awo = addNode(doc, { kind: 'provider', label: 'AWO', position: at })
  const kita = addNode(doc, { kind: 'service', label: 'Kita Regenbogen', position: at })
  const amt = addNode(doc, { kind: 'agency', label: 'Jugendamt', position: at })
  return { doc, awo, kita, amt }
}

describe('addEdge', () => {
  test('connects two nodes in one transaction, as an existing link by default', () => {
    const { doc, awo, kita } = threeActors()
    let id: EdgeId | null = null
    const activity = observeDoc(doc, () => {
      id = addEdge(doc, { source: awo, target: kita, kind: 'operates' }, 'me')
    })
    expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['me'] })
    expect(edgesMap(doc).get(id as unknown as string)).toBeInstanceOf(Y.Map)
    expect(readEdge(doc, id as unknown as string)).toMatchObject({
      id,
      source: awo,
      target: kita,
      kind: 'operates',
      status: 'existing',
    })
  })

  test('refuses a self-loop and a missing endpoint without touching the doc', () => {
    const { doc, awo } = threeActors()
    const gone = 'gone' as NodeId
    const activity = observeDoc(doc, () => {
      expect(addEdge(doc, { source: awo, target: awo, kind: 'exchange' })).toBeNull()
      expect(addEdge(doc, { source: gone, target: awo, kind: 'exchange' })).toBeNull()
      expect(addEdge(doc, { source: awo, target: gone, kind: 'exchange' })).toBeNull()
    })
    expect(activity.transactions).toBe(0)
    expect(edgesMap(doc).size).toBe(0)
  })

  test('refuses an endpoint that is not a valid node', () => {
    const { doc, awo } = threeActors()
    nodesMap(doc).set('broken', toYRecord({ kind: 'provider', label: 'kaputt' }))
    expect(addEdge(doc, { source: awo, target: 'broken' as NodeId, kind: 'member' })).toBeNull()
  })

  test('returns the id of an identical link instead of adding a second one', () => {
    const { doc, amt, kita } = threeActors()
    const first = addEdge(doc, { source: amt, target: kita, kind: 'funding' })
    let again: EdgeId | null = null
    const activity = observeDoc(doc, () => {
      again = addEdge(doc, { source: amt, target: kita, kind: 'funding', status: 'planned' })
    })
    expect(again).toBe(first)
    expect(activity.transactions).toBe(0)
    expect(edgesMap(doc).size).toBe(1)
  })

  test('adds a link of another kind between the same nodes', () => {
    const { doc, amt, kita } = threeActors()
    const funding = addEdge(doc, { source: amt, target: kita, kind: 'funding' })
    const exchange = addEdge(doc, { source: amt, target: kita, kind: 'exchange' })
    expect(exchange).not.toBe(funding)
    expect(edgesMap(doc).size).toBe(2)
  })
})

describe('changing and deleting links', () => {
  test('kind and status change in one transaction each, and not at all when unchanged', () => {
    const { doc, awo, kita } = threeActors()
    const id = addEdge(doc, { source: awo, target: kita, kind: 'cooperation' }) as EdgeId
    expect(observeDoc(doc, () => setEdgeKind(doc, id, 'operates')).updates).toBe(1)
    expect(observeDoc(doc, () => setEdgeStatus(doc, id, 'planned')).updates).toBe(1)
    expect(readEdge(doc, id)).toMatchObject({ kind: 'operates', status: 'planned' })
    const unchanged = observeDoc(doc, () => {
      setEdgeKind(doc, id, 'operates')
      setEdgeStatus(doc, id, 'planned')
      setEdgeKind(doc, 'gone' as EdgeId, 'tension')
      setEdgeStatus(doc, 'gone' as EdgeId, 'existing')
    })
    expect(unchanged.updates).toBe(0)
    expect(edgesMap(doc).size).toBe(1)
  })

  test('deleteEdges removes several links in one transaction', () => {
    const { doc, awo, kita, amt } = threeActors()
    const a = addEdge(doc, { source: awo, target: kita, kind: 'operates' }) as EdgeId
    const b = addEdge(doc, { source: amt, target: awo, kind: 'funding' }) as EdgeId
    const c = addEdge(doc, { source: amt, target: kita, kind: 'exchange' }) as EdgeId
    expect(observeDoc(doc, () => deleteEdges(doc, [a, b, 'gone' as EdgeId])).transactions).toBe(1)
    expect([...edgesMap(doc).keys()]).toEqual([c])
  })
})

describe('setMapInfo', () => {
  test('sets only the given fields, truncated, in one transaction', () => {
    const doc = new Y.Doc()
    setMapInfo(doc, { title: 'Stadtteilkonferenz Kalk', area: 'Köln-Kalk' })
    const activity = observeDoc(doc, () => setMapInfo(doc, { title: 'T'.repeat(300) }))
    expect(activity.transactions).toBe(1)
    expect(readMeta(doc).title).toHaveLength(TITLE_MAX_LENGTH)
    expect(readMeta(doc).area).toBe('Köln-Kalk')
    setMapInfo(doc, { area: 'A'.repeat(300) })
    expect(readMeta(doc).area).toHaveLength(AREA_MAX_LENGTH)
  })
})

describe('dangling edges', () => {
  function docWithBrokenEdges() {
    const { doc, awo, kita } = threeActors()
    const good = addEdge(doc, { source: awo, target: kita, kind: 'operates' }) as EdgeId
    const edges = edgesMap(doc)
    const raw = (source: string, target: string) =>
      toYRecord({ source, target, kind: 'cooperation', status: 'existing' })
    edges.set('toGone', raw(awo, 'gone'))
    edges.set('selfLoop', raw(awo, awo))
    edges.set('noKind', toYRecord({ source: awo, target: kita, status: 'existing' }))
    edges.set('../evil', raw(awo, kita))
    // A hostile peer can put a plain value where a record belongs.
    ;(edges as Y.Map<unknown>).set('plain', { source: awo, target: kita })
    return { doc, good }
  }

  test('are every edge that is invalid or lacks an endpoint, and only those', () => {
    const { doc } = docWithBrokenEdges()
    expect(findDanglingEdges(doc).sort()).toEqual(
      ['toGone', 'selfLoop', 'noKind', '../evil', 'plain'].sort(),
    )
  })

  test('are removed in one transaction that reports how many', () => {
    const { doc, good } = docWithBrokenEdges()
    const activity = observeDoc(doc, () => expect(removeDanglingEdges(doc, 'server')).toBe(5))
    expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['server'] })
    expect([...edgesMap(doc).keys()]).toEqual([good])
    expect(findDanglingEdges(doc)).toEqual([])
  })

  test('removing none touches nothing', () => {
    const { doc } = threeActors()
    expect(observeDoc(doc, () => expect(removeDanglingEdges(doc)).toBe(0)).transactions).toBe(0)
  })
})

describe('addEdge and the way a link points', () => {
  test('treats an undirected link from B to A as the existing one from A to B', () => {
    const doc = new Y.Doc()
    const a = addNode(doc, { kind: 'provider', label: 'A', position: { x: 0, y: 0 } })
    const b = addNode(doc, { kind: 'provider', label: 'B', position: { x: 1, y: 0 } })
    const first = addEdge(doc, { source: a, target: b, kind: 'cooperation' })
    expect(addEdge(doc, { source: b, target: a, kind: 'cooperation' })).toBe(first)
    expect(edgesMap(doc).size).toBe(1)
  })

  test('keeps money flowing both ways as two links', () => {
    const doc = new Y.Doc()
    const a = addNode(doc, { kind: 'agency', label: 'A', position: { x: 0, y: 0 } })
    const b = addNode(doc, { kind: 'provider', label: 'B', position: { x: 1, y: 0 } })
    const there = addEdge(doc, { source: a, target: b, kind: 'funding' })
    const back = addEdge(doc, { source: b, target: a, kind: 'funding' })
    expect(back).not.toBe(there)
    expect(edgesMap(doc).size).toBe(2)
  })
})
