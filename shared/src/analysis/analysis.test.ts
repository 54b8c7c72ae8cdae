import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import { addEdge, addNode } from '../doc/mutations.ts'
import { type MapModel, readMap } from '../doc/read-map.ts'
import type { MapEdge } from '../schema/edge-record.ts'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import type { MapNode } from '../schema/node-record.ts'
import {
  defaultDirection,
  type EdgeKind,
  type NodeKind,
  type Sector,
  type Theme,
} from '../schema/vocabulary.ts'
import { actorGraph } from './actor-graph.ts'
import { analyseMap } from './analyse-map.ts'
import { eiIndex } from './ei-index.ts'
import { suggestLinks, themeGaps } from './gaps.ts'
import { brokers, cutPoints } from './structure.ts'
import { topologyKey } from './topology-key.ts'

type NodeSpec = [id: string, sector?: Sector, kind?: NodeKind, themes?: Theme[]]
type EdgeSpec = [source: string, target: string, kind?: EdgeKind]

/** A small map model written by hand, so every figure can be checked against paper. */
function model(nodes: NodeSpec[], edges: EdgeSpec[] = []): MapModel {
  return {
    meta: { schemaVersion: 1, title: 'Test' },
    nodes: nodes.map(
      ([id, sector, kind = 'provider', themes]): MapNode => ({
        id: id as NodeId,
        kind,
        label: id,
        position: { x: 0, y: 0 },
        ...(sector ? { sector } : {}),
        ...(themes ? { themes } : {}),
      }),
    ),
    edges: edges.map(
      ([source, target, kind = 'cooperation'], i): MapEdge => ({
        id: `e${i}` as EdgeId,
        source: source as NodeId,
        target: target as NodeId,
        kind,
        status: 'existing',
        strength: 2,
        direction: defaultDirection(kind),
      }),
    ),
  }
}

describe('the E-I index', () => {
  it('is undefined (null) for an empty map', () => {
    expect(eiIndex(model([]))).toEqual({ overall: null, bySector: {}, external: 0, internal: 0 })
  })

  it('is −1 when every link stays inside one sector', () => {
    const m = model(
      [
        ['a', 'youth'],
        ['b', 'youth'],
        ['c', 'youth'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
    )
    expect(eiIndex(m)).toEqual({ overall: -1, bySector: { youth: -1 }, external: 0, internal: 3 })
  })

  it('counts pairs across and within sectors, overall and per sector', () => {
    // a–b within youth; a–c and c–d cross; d–e is left out because e has no sector.
    const m = model(
      [['a', 'youth'], ['b', 'youth'], ['c', 'health'], ['d', 'social'], ['e']],
      [
        ['a', 'b'],
        ['a', 'c'],
        ['c', 'd'],
        ['d', 'e'],
      ],
    )
    const ei = eiIndex(m)
    expect(ei.external).toBe(2)
    expect(ei.internal).toBe(1)
    expect(ei.overall).toBeCloseTo(1 / 3)
    expect(ei.bySector).toEqual({ youth: 0, health: 1, social: 1 })
  })

  it('counts parallel links between the same two actors once', () => {
    const m = model(
      [
        ['a', 'youth'],
        ['b', 'youth'],
      ],
      [
        ['a', 'b', 'cooperation'],
        ['b', 'a', 'funding'],
        ['a', 'b', 'exchange'],
      ],
    )
    expect(eiIndex(m)).toMatchObject({ overall: -1, internal: 1, external: 0 })
  })

  it('leaves out operates links and notes', () => {
    const m = model(
      [
        ['traeger', 'social'],
        ['kita', 'youth', 'service'],
        ['memo', 'health', 'note'],
      ],
      [
        ['traeger', 'kita', 'operates'],
        ['memo', 'kita', 'cooperation'],
      ],
    )
    expect(eiIndex(m)).toMatchObject({ overall: null, external: 0, internal: 0 })
  })
})

describe('the structure of the network', () => {
  it('gives null density and no figures for an empty map', () => {
    const result = analyseMap(model([]))
    expect(result).toMatchObject({
      actors: 0,
      links: 0,
      density: null,
      crossSectorShare: null,
      components: [],
      isolates: [],
      brokers: [],
      cutPoints: [],
      communities: [],
    })
  })

  it('finds only isolates in a map without links', () => {
    const result = analyseMap(model([['a'], ['b'], ['c']]))
    expect(result.density).toBe(0)
    expect(result.isolates).toEqual(['a', 'b', 'c'])
    expect(result.components).toEqual([['a'], ['b'], ['c']])
    expect(result.brokers).toEqual([])
    expect(result.communities).toEqual([])
  })

  it('computes density over distinct pairs of actors, notes left out', () => {
    // 4 actors, 3 distinct linked pairs out of 6 possible; the note and its link do not count.
    const m = model(
      [['a'], ['b'], ['c'], ['d'], ['n', undefined, 'note']],
      [
        ['a', 'b'],
        ['b', 'a', 'funding'],
        ['b', 'c'],
        ['c', 'd'],
        ['n', 'a'],
      ],
    )
    expect(analyseMap(m).density).toBeCloseTo(3 / 6)
  })

  it('names the middle of a chain as the broker and the cut point', () => {
    const graph = actorGraph(
      model(
        [['a'], ['b'], ['c']],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
    )
    expect(brokers(graph)).toEqual([{ id: 'b', betweenness: 1 }])
    expect(cutPoints(graph)).toEqual(['b'])
  })

  it('finds no cut point in a ring', () => {
    const graph = actorGraph(
      model(
        [['a'], ['b'], ['c'], ['d']],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'a'],
        ],
      ),
    )
    expect(cutPoints(graph)).toEqual([])
  })

  it('finds both ends of a bridge between two groups, and the two communities', () => {
    const m = model(
      [
        ['a1', 'youth'],
        ['a2', 'youth'],
        ['a3', 'youth'],
        ['b1', 'health'],
        ['b2', 'health'],
        ['b3', 'health'],
      ],
      [
        ['a1', 'a2'],
        ['a2', 'a3'],
        ['a3', 'a1'],
        ['b1', 'b2'],
        ['b2', 'b3'],
        ['b3', 'b1'],
        ['a1', 'b1'],
      ],
    )
    const result = analyseMap(m)
    expect(result.cutPoints).toEqual(['a1', 'b1'])
    expect(result.components).toEqual([['a1', 'a2', 'a3', 'b1', 'b2', 'b3']])
    expect(result.communities.map((c) => [c.members, c.dominantSector])).toEqual([
      [['a1', 'a2', 'a3'], 'youth'],
      [['b1', 'b2', 'b3'], 'health'],
    ])
    expect(result.crossSectorShare).toBeCloseTo(1 / 7)
  })

  it('finds cut points along a long chain without overflowing the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `n${String(i).padStart(5, '0')}`)
    const graph = actorGraph(
      model(
        ids.map((id) => [id]),
        ids.slice(1).map((id, i) => [ids[i] as string, id]),
      ),
    )
    expect(cutPoints(graph)).toHaveLength(ids.length - 2)
  })
})

describe('white spots and suggestions', () => {
  it('lists the Lebenslagen that no or only one service addresses', () => {
    const m = model([
      ['s1', 'health', 'service', ['health', 'education']],
      ['s2', 'youth', 'service', ['education']],
      ['p', 'social', 'provider', ['income']],
    ])
    const gaps = themeGaps(m)
    expect(gaps.map((g) => g.theme)).toEqual([
      'employment',
      'income',
      'participation',
      'housing',
      'environment',
      'health',
    ])
    expect(gaps.find((g) => g.theme === 'health')?.services).toBe(1)
  })

  it('suggests unlinked actors with shared Lebenslagen, across sectors first', () => {
    const m = model(
      [
        ['a', 'youth', 'service', ['education', 'health']],
        ['b', 'youth', 'service', ['education']],
        ['c', 'health', 'service', ['education']],
        ['d', 'social', 'service', ['education', 'health']],
      ],
      [['a', 'b']],
    )
    expect(suggestLinks(m).map((s) => [s.a, s.b, s.sharedThemes.length, s.crossesSectors])).toEqual(
      [
        ['a', 'd', 2, true],
        ['a', 'c', 1, true],
        ['b', 'c', 1, true],
        ['b', 'd', 1, true],
        ['c', 'd', 1, true],
      ],
    )
  })
})

describe('analysing a live document', () => {
  it('reads the figures from a Y.Doc through readMap', () => {
    const doc = new Y.Doc()
    initMapDoc(doc, { title: 'Musterviertel' })
    const jugendamt = addNode(doc, {
      kind: 'agency',
      label: 'Jugendamt',
      position: { x: 0, y: 0 },
      sector: 'youth',
    })
    const kita = addNode(doc, {
      kind: 'service',
      label: 'Kita',
      position: { x: 1, y: 0 },
      sector: 'education',
    })
    addEdge(doc, { source: jugendamt, target: kita, kind: 'funding' })
    const result = analyseMap(readMap(doc))
    expect(result.eiIndex.overall).toBe(1)
    expect(result.density).toBe(1)
    expect(result.isolates).toEqual([])
  })
})

describe('the topology key', () => {
  it('ignores moves and renames but changes with sectors and links', () => {
    const base = model([['a', 'youth'], ['b']], [['a', 'b']])
    const moved = {
      ...base,
      nodes: base.nodes.map((n) => ({ ...n, position: { x: 99, y: 99 }, label: 'neu' })),
    }
    expect(topologyKey(moved)).toBe(topologyKey(base))
    expect(topologyKey(model([['a', 'health'], ['b']], [['a', 'b']]))).not.toBe(topologyKey(base))
    expect(topologyKey(model([['a', 'youth'], ['b']]))).not.toBe(topologyKey(base))
  })
})
