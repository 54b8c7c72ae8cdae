import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { analyseMap } from '../analysis/analyse-map.ts'
import { findDanglingEdges } from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { writeLargeMap } from './large-map.ts'
import { writeMusterviertel } from './musterviertel.ts'

describe('the sample map Musterviertel', () => {
  it('has every kind of actor across several sectors, all links valid', () => {
    const doc = new Y.Doc()
    writeMusterviertel(doc)
    const model = readMap(doc)
    expect(model.meta.title).toBe('Musterviertel')
    expect(new Set(model.nodes.map((n) => n.kind))).toEqual(
      new Set(['provider', 'service', 'residentGroup', 'resource', 'agency', 'body']),
    )
    expect(new Set(model.nodes.map((n) => n.sector)).size).toBeGreaterThanOrEqual(7)
    expect(model.edges).toHaveLength(31)
    expect(findDanglingEdges(doc)).toEqual([])
  })

  it('shows pillars: more links inside sectors than a random map would, and brokers between them', () => {
    const doc = new Y.Doc()
    writeMusterviertel(doc)
    const analysis = analyseMap(readMap(doc))
    expect(analysis.eiIndex.overall).not.toBeNull()
    expect(analysis.brokers.length).toBeGreaterThan(0)
    expect(analysis.cutPoints.length).toBeGreaterThan(0)
  })
})

describe('the large benchmark map', () => {
  it('is reproducible from its seed and has the requested size', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    writeLargeMap(a, { nodes: 300, edges: 450, seed: 7 })
    writeLargeMap(b, { nodes: 300, edges: 450, seed: 7 })
    const ma = readMap(a)
    const mb = readMap(b)
    expect(ma.nodes).toHaveLength(300)
    expect(ma.edges.length).toBeGreaterThan(350)
    // Ids are random; everything else comes from the seed.
    const shape = (m: typeof ma) =>
      m.nodes
        .map((n) => [n.label, n.kind, n.sector, n.position])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])))
    expect(shape(ma)).toEqual(shape(mb))
    expect(ma.edges.length).toBe(mb.edges.length)
  })
})
