/**
 * Writes a confirmed import plan into a map document in ONE Yjs transaction (one undo step,
 * one update to every peer), resolving it again against the map as it is now.
 */
import type * as Y from 'yjs'
import { addNode, setMapInfo, setNodeSector, setNodeThemes, updateNode } from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { edgesMap, toYRecord } from '../doc/y-map-doc.ts'
import { EDGE_NOTE_MAX_LENGTH } from '../schema/edge-record.ts'
import type { NodeId } from '../schema/ids.ts'
import type { Position } from '../schema/position.ts'
import { DEFAULT_EDGE_STRENGTH, defaultDirection } from '../schema/vocabulary.ts'
import type { ImportPlan } from './import-plan.ts'
import type { ImportProblem } from './problems.ts'
import { type DuplicateMode, fillTexts, RESOLUTION_CODES, resolveImport } from './resolve.ts'

export interface ApplyOptions {
  readonly duplicates: DuplicateMode
  /** Tags the transaction (the client's UndoManager tracks its own origin). */
  readonly origin?: unknown
  /** Also take title and Sozialraum from the file (our JSON carries them). */
  readonly includeMeta?: boolean
}

export interface ImportReport {
  readonly applied: boolean
  readonly actorsAdded: number
  readonly actorsMerged: number
  readonly actorsSkipped: number
  readonly linksAdded: number
  readonly nodeIds: readonly NodeId[]
  readonly problems: readonly ImportProblem[]
}

const GRID_X = 220
const GRID_Y = 120

/** Applies a plan; does nothing and says so when the plan has a fatal problem. */
export function applyImportPlan(doc: Y.Doc, plan: ImportPlan, options: ApplyOptions): ImportReport {
  if (!plan.ok) {
    const none = { actorsAdded: 0, actorsMerged: 0, actorsSkipped: 0, linksAdded: 0, nodeIds: [] }
    return { applied: false, ...none, problems: plan.problems }
  }
  const existing = readMap(doc)
  const res = resolveImport(plan, existing, options.duplicates)
  const place = placer(
    existing.nodes.map((n) => n.position),
    res.create.map((c) => c.node.position),
  )
  const byId = new Map(existing.nodes.map((n) => [n.id, n]))
  doc.transact(() => {
    for (const { node, id } of res.create) {
      const { label, kind, sector, themes, description, planningArea, website, contact } = node
      const fields = { label, kind, sector, themes, description, planningArea, website, contact }
      addNode(doc, { ...fields, position: node.position ?? place() }, options.origin, id)
    }
    if (options.duplicates === 'merge') {
      for (const { node, into } of res.merge) {
        const current = byId.get(into)
        if (!current) continue
        if (!current.sector && node.sector) setNodeSector(doc, into, node.sector, options.origin)
        const themes = new Set([...(current.themes ?? []), ...(node.themes ?? [])])
        if (themes.size > (current.themes?.length ?? 0))
          setNodeThemes(doc, into, [...themes], options.origin)
        const texts = fillTexts(current, node)
        if (Object.keys(texts).length > 0) updateNode(doc, into, texts, options.origin)
      }
    }
    // Written directly rather than through addEdge: addEdge scans all links for a duplicate,
    // which is quadratic for thousands of links; resolveImport has already removed duplicates
    // (undirected kinds either way, as addEdge does). Defaults as addEdge writes them.
    const edges = edgesMap(doc)
    for (const { edge, id, source, target } of res.edges) {
      const record = {
        source,
        target,
        kind: edge.kind,
        status: edge.status,
        strength: edge.strength ?? DEFAULT_EDGE_STRENGTH,
        direction: edge.direction ?? defaultDirection(edge.kind),
        note: edge.note?.trim().slice(0, EDGE_NOTE_MAX_LENGTH) || undefined,
      }
      edges.set(id, toYRecord(record))
    }
    if (options.includeMeta && plan.meta) setMapInfo(doc, plan.meta, options.origin)
  }, options.origin)
  return {
    applied: true,
    actorsAdded: res.create.length,
    actorsMerged: options.duplicates === 'merge' ? res.merge.length : 0,
    actorsSkipped: options.duplicates === 'skip' ? res.merge.length : 0,
    linksAdded: res.edges.length,
    nodeIds: res.create.map((c) => c.id),
    // Link problems come from this resolution (the map may have changed since the preview).
    problems: [...plan.problems.filter((p) => !RESOLUTION_CODES.has(p.code)), ...res.problems],
  }
}

/**
 * Places actors without a position on a grid to the right of everything already there (the
 * map's nodes and the file's positioned ones). A later issue brings a real layout.
 */
function placer(
  existing: readonly Position[],
  planned: readonly (Position | undefined)[],
): () => Position {
  const known = [...existing, ...planned.filter((p): p is Position => p !== undefined)]
  const unplaced = planned.filter((p) => p === undefined).length
  const columns = Math.max(1, Math.ceil(Math.sqrt(unplaced * 2)))
  // A loop, not Math.max(...spread): twenty thousand arguments can overflow the stack.
  let right = Number.NEGATIVE_INFINITY
  let top = Number.POSITIVE_INFINITY
  for (const p of known) {
    right = Math.max(right, p.x)
    top = Math.min(top, p.y)
  }
  const left = known.length > 0 ? right + GRID_X * 1.5 : 0
  if (known.length === 0) top = 0
  let i = 0
  return () => {
    const position = { x: left + (i % columns) * GRID_X, y: top + Math.floor(i / columns) * GRID_Y }
    i++
    return position
  }
}
