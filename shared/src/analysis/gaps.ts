import type { MapModel } from '../doc/read-map.ts'
import { THEMES, type Theme } from '../schema/vocabulary.ts'
import { actorPairs, actorsOf, pairKey } from './actor-graph.ts'

/** A Lebenslage with no or few services (Angebote) addressing it. */
export interface ThemeGap {
  readonly theme: Theme
  readonly services: number
}

/** Two actors who work on the same Lebenslagen but are not linked yet. */
export interface Suggestion {
  readonly a: string
  readonly b: string
  readonly sharedThemes: readonly Theme[]
  /** Whether the pair would cross sectors (Säulen), which is what breaks silos. */
  readonly crossesSectors: boolean
}

/** Lebenslagen addressed by at most `few` services, fewest first. */
export function themeGaps(model: MapModel, few = 1): ThemeGap[] {
  const counts = new Map<Theme, number>(THEMES.map((t) => [t, 0]))
  for (const node of model.nodes) {
    if (node.kind !== 'service') continue
    for (const theme of node.themes ?? []) counts.set(theme, (counts.get(theme) ?? 0) + 1)
  }
  return [...counts]
    .filter(([, services]) => services <= few)
    .map(([theme, services]) => ({ theme, services }))
    .sort((x, y) => x.services - y.services || THEMES.indexOf(x.theme) - THEMES.indexOf(y.theme))
}

/** A Planungsraum with no or few actors in it. */
export interface AreaGap {
  readonly planningArea: string
  readonly actors: number
}

/**
 * Planungsräume named on the map with at most `few` actors, fewest first. Only areas someone
 * wrote on an actor are known, so an area with no actor at all cannot be listed.
 */
export function planningAreaGaps(model: MapModel, few = 1): AreaGap[] {
  const counts = new Map<string, number>()
  for (const actor of actorsOf(model)) {
    const area = actor.planningArea?.trim()
    if (area) counts.set(area, (counts.get(area) ?? 0) + 1)
  }
  // One area alone is the whole map, not a gap.
  if (counts.size < 2) return []
  return [...counts]
    .filter(([, actors]) => actors <= few)
    .map(([planningArea, actors]) => ({ planningArea, actors }))
    .sort((x, y) => x.actors - y.actors || x.planningArea.localeCompare(y.planningArea, 'de'))
}

const themeBits = (themes: readonly Theme[] | undefined): number => {
  let bits = 0
  for (const theme of themes ?? []) bits |= 1 << THEMES.indexOf(theme)
  return bits
}

const bitCount = (bits: number): number => {
  let count = 0
  for (let b = bits; b !== 0; b &= b - 1) count++
  return count
}

/** Ranking of suggestions: negative when `p` comes first. */
const compareSuggestions = (p: Suggestion, q: Suggestion): number =>
  q.sharedThemes.length - p.sharedThemes.length ||
  Number(q.crossesSectors) - Number(p.crossesSectors) ||
  p.a.localeCompare(q.a) ||
  p.b.localeCompare(q.b)

/**
 * Unlinked pairs of actors that share at least one Lebenslage: most shared themes first, and
 * pairs across sectors before pairs within one.
 */
export function suggestLinks(model: MapModel, limit = 20): Suggestion[] {
  if (limit <= 0) return []
  const linked = new Set(actorPairs(model).map(({ a, b }) => pairKey(a, b)))
  const actors = actorsOf(model)
    .filter((n) => (n.themes?.length ?? 0) > 0)
    .map((n) => ({ node: n, bits: themeBits(n.themes) }))
  // Every pair is looked at (themes are few, so a pair costs one AND), but only the best
  // `limit` are kept: on a 2 000-actor map most of the two million pairs share a theme.
  const best: Suggestion[] = []
  for (let i = 0; i < actors.length; i++) {
    const x = actors[i] as (typeof actors)[number]
    for (let j = i + 1; j < actors.length; j++) {
      const y = actors[j] as (typeof actors)[number]
      const shared = x.bits & y.bits
      if (shared === 0) continue
      const worst = best.length === limit ? best[limit - 1] : undefined
      const sharedCount = bitCount(shared)
      if (worst && sharedCount < worst.sharedThemes.length) continue
      const [a, b] = x.node.id < y.node.id ? [x.node.id, y.node.id] : [y.node.id, x.node.id]
      const crossesSectors =
        x.node.sector !== undefined &&
        y.node.sector !== undefined &&
        x.node.sector !== y.node.sector
      const candidate: Suggestion = {
        a,
        b,
        sharedThemes: THEMES.filter((_, k) => (shared & (1 << k)) !== 0),
        crossesSectors,
      }
      if (worst && compareSuggestions(candidate, worst) >= 0) continue
      if (linked.has(pairKey(a, b))) continue
      let at = best.length
      while (at > 0 && compareSuggestions(candidate, best[at - 1] as Suggestion) < 0) at--
      best.splice(at, 0, candidate)
      if (best.length > limit) best.pop()
    }
  }
  return best
}
