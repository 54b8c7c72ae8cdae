/**
 * Compares a parsed file with a map: which actors are new, which are duplicates (by label, or
 * the same id), where each link's ends are, and which links exist already. The preview and
 * `applyImportPlan` run the same code, so what the preview promises is what happens.
 */
import type { MapModel } from '../doc/read-map.ts'
import { type EdgeId, type NodeId, newEdgeId, newNodeId } from '../schema/ids.ts'
import { defaultDirection, NODE_KIND_LABELS } from '../schema/vocabulary.ts'
import type {
  DuplicateActor,
  EndpointRef,
  ImportPlan,
  ImportStats,
  ParsedImport,
  PlannedEdge,
  PlannedNode,
} from './import-plan.ts'
import { labelKey } from './import-plan.ts'
import { type ImportProblem, type ProblemCode, problem } from './problems.ts'
import { guessKindFromLabel } from './recognise.ts'

export type DuplicateMode = 'merge' | 'skip'

/** Problems found while resolving against the map (not while reading the file). */
export const RESOLUTION_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'endpointCreated',
  'unknownEndpoint',
  'selfLoop',
  'duplicateLink',
])

export interface Resolution {
  readonly create: { node: PlannedNode; id: NodeId; fromLink: boolean }[]
  readonly merge: { node: PlannedNode; into: NodeId }[]
  readonly edges: { edge: PlannedEdge; id: EdgeId; source: NodeId; target: NodeId }[]
  readonly duplicates: DuplicateActor[]
  readonly problems: ImportProblem[]
}

interface Target {
  readonly id: NodeId
  readonly row?: number
  /** Index into `create` when the node is new. */
  readonly created?: number
}

/**
 * Only ids shaped like ours are kept: a file's own ids may be labels ("Caritas") or numbers,
 * and map keys must never carry names (deleted keys stay in the document).
 */
const OWN_ID = /^[A-Za-z0-9_-]{21}$/

const EMPTY_MODEL: MapModel = { meta: { schemaVersion: 0, title: '' }, nodes: [], edges: [] }

/** What the resolution knows while it walks the file: the map's actors and the file's so far. */
interface State {
  readonly res: Resolution
  readonly usedIds: Set<string>
  readonly mapById: Map<string, NodeId>
  readonly mapByKey: Map<string, NodeId>
  readonly fileById: Map<string, Target>
  readonly fileByKey: Map<string, Target>
}

/** Resolves a parsed file against a map model (pure; ids are drawn fresh where needed). */
export function resolveImport(
  parsed: Pick<ParsedImport, 'nodes' | 'edges'>,
  existing: MapModel = EMPTY_MODEL,
  mode: DuplicateMode = 'merge',
): Resolution {
  const mapByKey = new Map<string, NodeId>()
  for (const n of existing.nodes) {
    if (!mapByKey.has(labelKey(n.label))) mapByKey.set(labelKey(n.label), n.id)
  }
  const state: State = {
    res: { create: [], merge: [], edges: [], duplicates: [], problems: [] },
    usedIds: new Set(existing.nodes.map((n) => n.id)),
    mapById: new Map(existing.nodes.map((n) => [n.id, n.id])),
    mapByKey,
    fileById: new Map(),
    fileByKey: new Map(),
  }
  for (const node of parsed.nodes) resolveNode(state, node, mode)
  resolveEdges(state, parsed.edges, existing)
  return state.res
}

function createNode(state: State, node: PlannedNode, fromLink: boolean): Target {
  const keep = node.id !== undefined && OWN_ID.test(node.id) && !state.usedIds.has(node.id)
  const id = (keep ? node.id : newNodeId()) as NodeId
  state.usedIds.add(id)
  state.res.create.push({ node, id, fromLink })
  return {
    id,
    ...(node.row !== undefined ? { row: node.row } : {}),
    created: state.res.create.length - 1,
  }
}

function resolveNode(state: State, node: PlannedNode, mode: DuplicateMode): void {
  const { res } = state
  const key = labelKey(node.label)
  const sameId = node.id !== undefined ? state.mapById.get(node.id) : undefined
  const inMap = sameId ?? state.mapByKey.get(key)
  const earlier = state.fileByKey.get(key)
  const earlierId =
    earlier?.created !== undefined ? res.create[earlier.created]?.node.id : undefined
  // Same label twice in one file is one actor, unless both rows carry different ids.
  const distinctIds = node.id !== undefined && earlierId !== undefined && earlierId !== node.id
  let target: Target
  if (inMap) {
    res.duplicates.push({ label: node.label, ...where(node), existingId: inMap })
    res.merge.push({ node, into: inMap })
    target = { id: inMap }
  } else if (earlier && !distinctIds) {
    res.duplicates.push({ label: node.label, ...where(node), ...rowOf(earlier) })
    if (mode === 'merge' && earlier.created !== undefined) mergeInto(res, earlier.created, node)
    target = earlier
  } else {
    target = createNode(state, node, false)
  }
  if (node.id !== undefined && !state.fileById.has(node.id)) state.fileById.set(node.id, target)
  if (!state.fileByKey.has(key)) state.fileByKey.set(key, target)
}

/** Finds a link's end by id, then by label; an unknown label becomes a new actor. */
function resolveEnd(state: State, ref: EndpointRef, edge: PlannedEdge): NodeId | null {
  if (ref.id) {
    const found = state.fileById.get(ref.id)?.id ?? state.mapById.get(ref.id)
    if (found) return found
    if (!ref.label) {
      state.res.problems.push(problem('unknownEndpoint', { ...where(edge), value: ref.id }))
      return null
    }
  }
  const label = ref.label ?? ''
  const key = labelKey(label)
  const found = state.fileByKey.get(key)?.id ?? state.mapByKey.get(key)
  if (found) return found
  const kind = guessKindFromLabel(label) ?? 'provider'
  const created = createNode(state, { ...where(edge), label, kind }, true)
  state.fileByKey.set(key, created)
  const fallback = NODE_KIND_LABELS[kind]
  state.res.problems.push(problem('endpointCreated', { ...where(edge), value: label, fallback }))
  return created.id
}

function resolveEdges(state: State, edges: readonly PlannedEdge[], existing: MapModel): void {
  const { res } = state
  const linkKeys = new Set(existing.edges.map((e) => `${e.source} ${e.target} ${e.kind}`))
  const usedEdgeIds = new Set<string>(existing.edges.map((e) => e.id))
  for (const edge of edges) {
    const source = resolveEnd(state, edge.from, edge)
    const target = resolveEnd(state, edge.to, edge)
    if (!source || !target) continue
    if (source === target) {
      res.problems.push(problem('selfLoop', { ...where(edge), value: edge.from.label ?? source }))
      continue
    }
    const key = `${source} ${target} ${edge.kind}`
    // As addEdge: an undirected cooperation of A with B is the same link as one of B with A.
    const eitherWay = (edge.direction ?? defaultDirection(edge.kind)) === 'none'
    if (linkKeys.has(key) || (eitherWay && linkKeys.has(`${target} ${source} ${edge.kind}`))) {
      res.problems.push(problem('duplicateLink', where(edge)))
      continue
    }
    linkKeys.add(key)
    const keep = edge.id !== undefined && OWN_ID.test(edge.id) && !usedEdgeIds.has(edge.id)
    const id = (keep ? edge.id : newEdgeId()) as EdgeId
    usedEdgeIds.add(id)
    res.edges.push({ edge, id, source, target })
  }
}

function where(item: { row?: number; sheet?: string }): { row?: number; sheet?: string } {
  return {
    ...(item.row !== undefined ? { row: item.row } : {}),
    ...(item.sheet !== undefined ? { sheet: item.sheet } : {}),
  }
}

function rowOf(target: Target): { firstRow?: number } {
  return target.row !== undefined ? { firstRow: target.row } : {}
}

/** A later row of the same actor fills what the earlier row left open. */
function mergeInto(res: Resolution, index: number, later: PlannedNode): void {
  const entry = res.create[index]
  if (!entry) return
  const first = entry.node
  const themes = [...new Set([...(first.themes ?? []), ...(later.themes ?? [])])]
  entry.node = {
    ...first,
    ...(first.sector === undefined && later.sector ? { sector: later.sector } : {}),
    ...(themes.length > 0 ? { themes } : {}),
    ...(first.position === undefined && later.position ? { position: later.position } : {}),
    ...fillTexts(first, later),
  }
}

/** The node text fields (schema v2) that a merge fills when the first record leaves them open. */
export const NODE_TEXT_KEYS = ['description', 'planningArea', 'website', 'contact'] as const

/** The text fields `later` has and `first` lacks. */
export function fillTexts(
  first: Partial<Record<(typeof NODE_TEXT_KEYS)[number], string>>,
  later: Partial<Record<(typeof NODE_TEXT_KEYS)[number], string>>,
): Partial<Record<(typeof NODE_TEXT_KEYS)[number], string>> {
  const out: Partial<Record<(typeof NODE_TEXT_KEYS)[number], string>> = {}
  for (const key of NODE_TEXT_KEYS) {
    const value = later[key]
    if (!first[key] && value) out[key] = value
  }
  return out
}

/** The preview's figures for a resolution. */
export function statsOf(
  parsed: Pick<ParsedImport, 'nodes' | 'edges' | 'problems'>,
  res: Resolution,
): ImportStats {
  const skipped = new Set<string>()
  for (const p of [...parsed.problems, ...res.problems]) {
    if (p.severity === 'error' && p.row !== undefined) skipped.add(`${p.sheet} ${p.row}`)
  }
  return {
    actorsInFile: parsed.nodes.length,
    linksInFile: parsed.edges.length,
    actorsToAdd: res.create.length,
    actorsCreatedForLinks: res.create.filter((c) => c.fromLink).length,
    duplicatesOfMap: res.duplicates.filter((d) => d.existingId !== undefined).length,
    duplicatesInFile: res.duplicates.filter((d) => d.existingId === undefined).length,
    linksToAdd: res.edges.length,
    rowsSkipped: skipped.size,
  }
}

/** Completes a parsed file into the preview plan against the map it is about to go into. */
export function finishPlan(parsed: ParsedImport, existing?: MapModel): ImportPlan {
  const res = resolveImport(parsed, existing)
  const problems = [...parsed.problems, ...res.problems]
  const ok = !problems.some((p) => p.severity === 'fatal')
  if (ok && parsed.nodes.length === 0 && parsed.edges.length === 0) {
    problems.push(problem('nothingToImport'))
  }
  return {
    ...parsed,
    problems: capProblems(problems),
    ok: !problems.some((p) => p.severity === 'fatal'),
    duplicates: res.duplicates,
    stats: statsOf(parsed, res),
  }
}

/** At most this many problems are listed; a file with a wrong column would list every row. */
export const MAX_LISTED_PROBLEMS = 500

/** Keeps every fatal problem and the first others, and says how many were left out. */
function capProblems(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems
  const fatal = problems.filter((p) => p.severity === 'fatal')
  const rest = problems.filter((p) => p.severity !== 'fatal')
  const kept = rest.slice(0, Math.max(0, MAX_LISTED_PROBLEMS - fatal.length))
  return [...fatal, ...kept, problem('moreProblems', { limit: rest.length - kept.length })]
}
