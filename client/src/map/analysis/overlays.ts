import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'
import type { MapModel } from '../../../../shared/src/doc/read-map.ts'
import type { Decoration, ItemDecoration } from '../view/decorations.ts'

/** The overlays a participant can switch on; local to this browser tab. */
export interface OverlayToggles {
  readonly sizeByBetweenness: boolean
  readonly isolates: boolean
  readonly crossSector: boolean
  readonly communities: boolean
}

export const NO_OVERLAYS: OverlayToggles = {
  sizeByBetweenness: false,
  isolates: false,
  crossSector: false,
  communities: false,
}

/** Words written on nodes, so an overlay never speaks by colour alone. */
export interface OverlayWords {
  readonly isolated: string
  readonly community: (number: number) => string
  readonly brokerRank: (rank: number) => string
}

/** Okabe–Ito colours (colour-blind safe); the community's number is written on the node too. */
export const COMMUNITY_COLORS = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#999999',
] as const

export const ISOLATE_ACCENT = '#d55e00'
export const CROSS_SECTOR_ACCENT = '#0072b2'

/** The largest broker is drawn this many times its size; the others in proportion. */
const MAX_EXTRA_SCALE = 0.8

/** Links between actors of two different Säulen (as the E-I index counts them). */
export function crossSectorEdges(model: MapModel): string[] {
  const sectorOf = new Map<string, string>()
  for (const node of model.nodes)
    if (node.kind !== 'note' && node.sector) sectorOf.set(node.id, node.sector)
  return model.edges
    .filter((edge) => {
      if (edge.kind === 'operates') return false
      const a = sectorOf.get(edge.source)
      const b = sectorOf.get(edge.target)
      return a !== undefined && b !== undefined && a !== b
    })
    .map((edge) => edge.id)
}

/**
 * The 'analysis' view layer for the switched-on overlays, or null when none is on. Node looks
 * of several overlays are merged; badges are joined ("G2 · Nr. 1").
 */
export function analysisDecoration(
  analysis: MapAnalysis,
  model: MapModel,
  toggles: OverlayToggles,
  words: OverlayWords,
): Decoration | null {
  if (!Object.values(toggles).some(Boolean)) return null
  const nodes = new Map<string, { -readonly [K in keyof ItemDecoration]: ItemDecoration[K] }>()
  const item = (id: string) => {
    let entry = nodes.get(id)
    if (!entry) {
      entry = {}
      nodes.set(id, entry)
    }
    return entry
  }
  const addBadge = (id: string, badge: string) => {
    const entry = item(id)
    entry.badge = entry.badge ? `${entry.badge} · ${badge}` : badge
  }
  if (toggles.communities) {
    analysis.communities.forEach((community, index) => {
      for (const id of community.members) {
        item(id).fill = COMMUNITY_COLORS[index % COMMUNITY_COLORS.length]
        addBadge(id, words.community(index + 1))
      }
    })
  }
  if (toggles.sizeByBetweenness) {
    const top = analysis.brokers[0]?.betweenness ?? 0
    analysis.brokers.forEach((broker, index) => {
      // Rounded: a size step nobody can see should not re-render the node.
      if (top > 0) {
        item(broker.id).scale =
          Math.round(100 + (100 * MAX_EXTRA_SCALE * broker.betweenness) / top) / 100
      }
      addBadge(broker.id, words.brokerRank(index + 1))
    })
  }
  if (toggles.isolates) {
    for (const id of analysis.isolates) {
      const entry = item(id)
      entry.highlighted = true
      entry.accent = ISOLATE_ACCENT
      addBadge(id, words.isolated)
    }
  }
  const edges = new Map<string, ItemDecoration>()
  if (toggles.crossSector) {
    for (const id of crossSectorEdges(model)) {
      edges.set(id, { highlighted: true, accent: CROSS_SECTOR_ACCENT })
    }
  }
  return { nodes, edges }
}
