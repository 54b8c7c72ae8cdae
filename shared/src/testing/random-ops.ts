import * as prng from 'lib0/prng'
import type * as Y from 'yjs'
import {
  addEdge,
  addNode,
  deleteEdges,
  deleteNodes,
  moveNodes,
  renameNode,
  setEdgeKind,
  setEdgeStatus,
  setMapInfo,
  setNodeKind,
  setNodeSector,
  setNodeThemes,
  updateEdge,
  updateNode,
} from '../doc/mutations.ts'
import { edgesMap, nodesMap } from '../doc/y-map-doc.ts'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import type { Position } from '../schema/position.ts'
import {
  EDGE_DIRECTIONS,
  EDGE_KINDS,
  EDGE_STATUSES,
  EDGE_STRENGTHS,
  NODE_KINDS,
  SECTORS,
  type Sector,
  THEMES,
  type Theme,
} from '../schema/vocabulary.ts'

/*
 * Random user intents for the convergence fuzz, each through the real mutation functions of
 * shared/. Values are hostile where a buggy or malicious client could send them (NaN, huge
 * coordinates, over-long labels, ids of nodes that another replica deleted long ago).
 */

/** Ids every replica has ever created, so ops can target nodes deleted or not yet received. */
export interface IdPool {
  readonly nodes: NodeId[]
  readonly edges: EdgeId[]
}

const LABELS = [
  'Caritasverband',
  'AWO Kreisverband',
  'Diakonie Jugendhilfe',
  'Jugendamt',
  'Sozialamt',
  'Gesundheitsamt',
  'Jobcenter',
  'Kita Sonnenschein',
  'Jugendzentrum Treffpunkt',
  'Stadtteilkonferenz',
  'Bewohnerinitiative Nordpark',
  'Familienzentrum',
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  ']]></label>',
  '',
]

const HOSTILE_COORDINATES = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e12,
  -1e12,
  Number.MAX_VALUE,
  -0,
]

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

// Seeded ids (instead of the CSPRNG ones) make a failing seed replay byte for byte.
function seededId<T extends string>(gen: prng.PRNG): T {
  let id = ''
  for (let i = 0; i < 21; i++) id += ID_ALPHABET[prng.int32(gen, 0, 63)]
  return id as T
}

function coordinate(gen: prng.PRNG): number {
  return prng.int32(gen, 0, 9) === 0
    ? prng.oneOf(gen, HOSTILE_COORDINATES)
    : prng.real53(gen) * 4000 - 2000
}

function position(gen: prng.PRNG): Position {
  return { x: coordinate(gen), y: coordinate(gen) }
}

function label(gen: prng.PRNG): string {
  const roll = prng.int32(gen, 0, 19)
  if (roll === 0) return 'ü'.repeat(prng.int32(gen, 490, 700))
  if (roll === 1) return prng.utf16String(gen, 20)
  return `${prng.oneOf(gen, LABELS)} ${prng.word(gen, 0, 6)}`
}

function themes(gen: prng.PRNG): Theme[] {
  return Array.from({ length: prng.int32(gen, 0, 4) }, () => prng.oneOf(gen, [...THEMES]))
}

const WEBSITES = ['https://www.caritas-koeln.de', 'http://kalk.example', 'javascript:alert(1)', '']

// Properties-panel text: often absent, sometimes empty (clears), sometimes far too long.
function details(gen: prng.PRNG) {
  const text = (max: number) =>
    prng.int32(gen, 0, 2) === 0 ? 'x'.repeat(prng.int32(gen, 0, max)) : label(gen)
  const pick = <T>(value: () => T): T | undefined =>
    prng.int32(gen, 0, 3) === 0 ? value() : undefined
  return {
    description: pick(() => text(2500)),
    planningArea: pick(() => text(300)),
    website: pick(() => prng.oneOf(gen, WEBSITES)),
    contact: pick(() => text(600)),
  }
}

function edgeDetails(gen: prng.PRNG) {
  const pick = <T>(value: () => T): T | undefined => (prng.bool(gen) ? value() : undefined)
  return {
    status: pick(() => prng.oneOf(gen, [...EDGE_STATUSES])),
    strength: pick(() => prng.oneOf(gen, [...EDGE_STRENGTHS])),
    direction: pick(() => prng.oneOf(gen, [...EDGE_DIRECTIONS])),
    note: pick(() => (prng.bool(gen) ? label(gen) : 'n'.repeat(prng.int32(gen, 0, 1200)))),
  }
}

// Only the defined values, so an absent field is not in the patch at all.
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>
}

function sector(gen: prng.PRNG): Sector | undefined {
  return prng.bool(gen) ? prng.oneOf(gen, [...SECTORS]) : undefined
}

// Recent ids are the likeliest to exist and to be edited concurrently elsewhere; a few tries
// find one this replica can see, otherwise the op targets a deleted or not yet received id.
// (Listing a Y.Map's keys walks every key ever deleted, too slow for 16 000 ops.)
function pickId<T extends string>(
  gen: prng.PRNG,
  ids: readonly T[],
  exists: (id: T) => boolean,
): T {
  let id = 'missing' as T
  for (let attempt = 0; attempt < 4 && ids.length > 0; attempt++) {
    const recent = prng.int32(gen, 0, 4) > 0
    const back = prng.int32(gen, 0, Math.min(ids.length, recent ? 40 : ids.length) - 1)
    id = ids[ids.length - 1 - back] as T
    if (exists(id)) return id
  }
  return id
}

function pickNode(gen: prng.PRNG, doc: Y.Doc, pool: IdPool): NodeId {
  return pickId(gen, pool.nodes, (id) => nodesMap(doc).has(id))
}

function pickEdge(gen: prng.PRNG, doc: Y.Doc, pool: IdPool): EdgeId {
  return pickId(gen, pool.edges, (id) => edgesMap(doc).has(id))
}

/** One replica as the fuzz drives it: its doc, the shared id pool and its user's undo stack. */
export interface FuzzReplica {
  readonly doc: Y.Doc
  readonly pool: IdPool
  readonly undo?: Y.UndoManager
}

/** The origin of every user edit, the one the client's UndoManager tracks. */
export const USER_ORIGIN = 'user'
const U = USER_ORIGIN

type Op = (gen: prng.PRNG, replica: FuzzReplica) => void

const OPS: readonly (readonly [weight: number, op: Op])[] = [
  [
    12,
    (gen, { doc, pool }) => {
      const kind = prng.oneOf(gen, [...NODE_KINDS])
      const node = { kind, label: label(gen), position: position(gen) }
      const tags = prng.bool(gen) ? { sector: sector(gen), themes: themes(gen) } : {}
      const more = defined(details(gen))
      pool.nodes.push(addNode(doc, { ...node, ...tags, ...more }, U, seededId(gen)))
    },
  ],
  [6, (gen, { doc, pool }) => renameNode(doc, pickNode(gen, doc, pool), label(gen), U)],
  [
    12,
    (gen, { doc, pool }) => {
      const count = prng.int32(gen, 1, 3)
      const moves = Array.from({ length: count }, () => ({
        id: pickNode(gen, doc, pool),
        position: position(gen),
      }))
      moveNodes(doc, moves, U)
    },
  ],
  [4, (gen, { doc, pool }) => setNodeSector(doc, pickNode(gen, doc, pool), sector(gen), U)],
  [4, (gen, { doc, pool }) => setNodeThemes(doc, pickNode(gen, doc, pool), themes(gen), U)],
  [
    4,
    (gen, { doc, pool }) =>
      setNodeKind(doc, pickNode(gen, doc, pool), prng.oneOf(gen, [...NODE_KINDS]), U),
  ],
  [
    10,
    (gen, { doc, pool }) => {
      const ids = Array.from({ length: prng.int32(gen, 1, 2) }, () => pickNode(gen, doc, pool))
      deleteNodes(doc, ids, U)
    },
  ],
  [
    20,
    (gen, { doc, pool }) => {
      const edge = {
        source: pickNode(gen, doc, pool),
        target: pickNode(gen, doc, pool),
        kind: prng.oneOf(gen, [...EDGE_KINDS]),
        ...defined(edgeDetails(gen)),
      }
      const id = addEdge(doc, edge, U, seededId(gen))
      if (id !== null) pool.edges.push(id)
    },
  ],
  [
    5,
    (gen, { doc, pool }) =>
      setEdgeKind(doc, pickEdge(gen, doc, pool), prng.oneOf(gen, [...EDGE_KINDS]), U),
  ],
  [
    5,
    (gen, { doc, pool }) =>
      setEdgeStatus(doc, pickEdge(gen, doc, pool), prng.oneOf(gen, [...EDGE_STATUSES]), U),
  ],
  [5, (gen, { doc, pool }) => deleteEdges(doc, [pickEdge(gen, doc, pool)], U)],
  [
    6,
    (gen, { doc, pool }) => {
      const patch = defined({
        kind: prng.bool(gen) ? prng.oneOf(gen, [...NODE_KINDS]) : undefined,
        label: prng.bool(gen) ? label(gen) : undefined,
        themes: prng.bool(gen) ? themes(gen) : undefined,
        ...details(gen),
      })
      // `sector: undefined` in the patch clears the sector, so it is added on purpose.
      const withSector = prng.bool(gen) ? { ...patch, sector: sector(gen) } : patch
      updateNode(doc, pickNode(gen, doc, pool), withSector, U)
    },
  ],
  [
    5,
    (gen, { doc, pool }) => {
      const kind = prng.bool(gen) ? prng.oneOf(gen, [...EDGE_KINDS]) : undefined
      const patch = defined({ kind, ...edgeDetails(gen) })
      updateEdge(doc, pickEdge(gen, doc, pool), patch, U)
    },
  ],
  [
    2,
    (gen, { doc }) => {
      const info = prng.bool(gen)
        ? { title: `Netzwerkkarte ${prng.word(gen, 1, 8)}` }
        : { area: prng.oneOf(gen, ['Chorweiler', 'Kalk', 'Neukölln-Nord', 'x'.repeat(300)]) }
      setMapInfo(doc, info, U)
    },
  ],
  // Undo and redo as the client offers them: a user's own steps only, over others' edits.
  [4, (_, { undo }) => undo?.undo()],
  [2, (_, { undo }) => undo?.redo()],
]

const TOTAL_WEIGHT = OPS.reduce((sum, [weight]) => sum + weight, 0)

/**
 * Applies one random user intent to the replica through the mutation functions of shared/ and
 * returns which one (its index in the op table), for diagnosing a failing seed.
 */
export function applyRandomOp(gen: prng.PRNG, replica: FuzzReplica): number {
  let roll = prng.int32(gen, 0, TOTAL_WEIGHT - 1)
  for (const [index, [weight, op]] of OPS.entries()) {
    if (roll < weight) {
      op(gen, replica)
      return index
    }
    roll -= weight
  }
  throw new Error('op weights do not add up')
}
