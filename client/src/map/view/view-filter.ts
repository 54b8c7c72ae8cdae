import type {
  EdgeKind,
  EdgeStatus,
  MapEdge,
  MapNode,
  NodeId,
  NodeKind,
  Sector,
  Theme,
} from '../../shared.ts'
import type { Decoration, ItemDecoration } from './combine-decorations.ts'

/** The "no sector" entry of the sector filter. */
export const NO_SECTOR = 'none'
export type SectorChoice = Sector | typeof NO_SECTOR

/** What this participant has filtered out (local view state, never in the document). */
export interface FilterState {
  readonly hiddenKinds: ReadonlySet<NodeKind>
  readonly hiddenSectors: ReadonlySet<SectorChoice>
  /** Only actors on at least one of these Lebenslagen are shown; empty shows all. */
  readonly themes: ReadonlySet<Theme>
  readonly hiddenEdgeKinds: ReadonlySet<EdgeKind>
  readonly hiddenStatuses: ReadonlySet<EdgeStatus>
}

export const NO_FILTER: FilterState = {
  hiddenKinds: new Set(),
  hiddenSectors: new Set(),
  themes: new Set(),
  hiddenEdgeKinds: new Set(),
  hiddenStatuses: new Set(),
}

/** A copy of the set with the value added or removed. */
export function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return next
}

/** How many filter choices are made (for the tab's badge and the reset button). */
export function filterCount(f: FilterState): number {
  return (
    f.hiddenKinds.size +
    f.hiddenSectors.size +
    f.themes.size +
    f.hiddenEdgeKinds.size +
    f.hiddenStatuses.size
  )
}

/** Whether the filter hides this node. Notes have no sector or theme: only their kind hides them. */
export function nodeFilteredOut(node: MapNode, f: FilterState): boolean {
  if (f.hiddenKinds.has(node.kind)) return true
  if (node.kind === 'note') return false
  if (f.hiddenSectors.has(node.sector ?? NO_SECTOR)) return true
  if (f.themes.size > 0 && !(node.themes ?? []).some((t) => f.themes.has(t))) return true
  return false
}

const HIDDEN: ItemDecoration = Object.freeze({ hidden: true })

/** The 'filter' decoration layer for a map: every filtered node and link hidden; null if none. */
export function filterDecoration(
  model: { readonly nodes: readonly MapNode[]; readonly edges: readonly MapEdge[] },
  f: FilterState,
): Decoration | null {
  if (filterCount(f) === 0) return null
  const nodes = new Map<string, ItemDecoration>()
  const edges = new Map<string, ItemDecoration>()
  for (const node of model.nodes) if (nodeFilteredOut(node, f)) nodes.set(node.id, HIDDEN)
  for (const edge of model.edges) {
    if (f.hiddenEdgeKinds.has(edge.kind) || f.hiddenStatuses.has(edge.status)) {
      edges.set(edge.id, HIDDEN)
    }
  }
  return { nodes, edges }
}

/** The ids within `steps` links of the centre (the centre included). */
export function neighbourhood(
  edges: readonly MapEdge[],
  centre: NodeId,
  steps: number,
): Set<NodeId> {
  const adjacent = new Map<NodeId, NodeId[]>()
  const link = (a: NodeId, b: NodeId) => {
    const list = adjacent.get(a)
    if (list) list.push(b)
    else adjacent.set(a, [b])
  }
  for (const e of edges) {
    link(e.source, e.target)
    link(e.target, e.source)
  }
  const reached = new Set<NodeId>([centre])
  let frontier: NodeId[] = [centre]
  for (let step = 0; step < steps; step++) {
    const next: NodeId[] = []
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (!reached.has(other)) {
          reached.add(other)
          next.push(other)
        }
      }
    }
    frontier = next
  }
  return reached
}

const DIMMED: ItemDecoration = Object.freeze({ dimmed: true })
const PLAIN: ItemDecoration = Object.freeze({})
const CENTRE: ItemDecoration = Object.freeze({ highlighted: true })

/**
 * The 'focus' decoration layer: the centre emphasised, its neighbourhood (one or two steps)
 * and the links among it as they are, everything else dimmed.
 */
export function focusDecoration(
  model: { readonly edges: readonly MapEdge[] },
  centre: NodeId,
  steps: number,
): Decoration {
  const near = neighbourhood(model.edges, centre, steps)
  const nodes = new Map<string, ItemDecoration>()
  for (const id of near) nodes.set(id, id === centre ? CENTRE : PLAIN)
  const edges = new Map<string, ItemDecoration>()
  for (const e of model.edges) {
    if (near.has(e.source) && near.has(e.target)) edges.set(e.id, PLAIN)
  }
  return { nodes, edges, otherNodes: DIMMED, otherEdges: DIMMED }
}

/** Lower case without accents, so "Köln" finds "koln" and "Koeln" still finds "Koeln". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de')
}

/** Nodes whose name, description or Planungsraum contain the query; name matches first. */
export function searchNodes(nodes: readonly MapNode[], query: string, limit = 20): MapNode[] {
  const q = fold(query.trim())
  if (q === '') return []
  const scored: { node: MapNode; score: number }[] = []
  for (const node of nodes) {
    const label = fold(node.label)
    let score = -1
    if (label.startsWith(q)) score = 0
    else if (label.includes(q)) score = 1
    else if (fold(`${node.description ?? ''} ${node.planningArea ?? ''}`).includes(q)) score = 2
    if (score >= 0) scored.push({ node, score })
  }
  const collator = new Intl.Collator('de')
  scored.sort((a, b) => a.score - b.score || collator.compare(a.node.label, b.node.label))
  return scored.slice(0, limit).map((s) => s.node)
}

/** The 'search' decoration layer: every hit emphasised; null without hits. */
export function searchDecoration(hits: readonly MapNode[]): Decoration | null {
  if (hits.length === 0) return null
  return { nodes: new Map(hits.map((n) => [n.id, CENTRE])) }
}
