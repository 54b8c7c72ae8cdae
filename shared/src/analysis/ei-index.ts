import type { MapModel } from '../doc/read-map.ts'
import type { Sector } from '../schema/vocabulary.ts'
import { actorPairs, actorsOf } from './actor-graph.ts'

/** Krackhardt & Stern's E-I index of a map, overall and per sector (Säule). */
export interface EiIndex {
  /** (E − I) / (E + I) over all counted pairs; null when no pair counts. */
  readonly overall: number | null
  /** The same for the pairs that involve at least one actor of the sector. */
  readonly bySector: Partial<Record<Sector, number | null>>
  /** Pairs of actors of different sectors. */
  readonly external: number
  /** Pairs of actors of one sector. */
  readonly internal: number
}

const index = (external: number, internal: number): number | null =>
  external + internal === 0 ? null : (external - internal) / (external + internal)

/**
 * The E-I index (Krackhardt & Stern 1988): −1 means closed pillars, +1 means every link crosses.
 * Each linked pair of actors counts once; notes, actors without a sector and `operates` links
 * (a Träger and its own services are one organisation) are left out.
 */
export function eiIndex(model: MapModel): EiIndex {
  const sectorOf = new Map<string, Sector>()
  for (const actor of actorsOf(model)) if (actor.sector) sectorOf.set(actor.id, actor.sector)
  const perSector = new Map<Sector, { e: number; i: number }>()
  for (const sector of sectorOf.values()) perSector.set(sector, { e: 0, i: 0 })

  let external = 0
  let internal = 0
  for (const { a, b } of actorPairs(model, (edge) => edge.kind !== 'operates')) {
    const sa = sectorOf.get(a)
    const sb = sectorOf.get(b)
    if (!sa || !sb) continue
    const counts = [perSector.get(sa), perSector.get(sb)]
    if (sa === sb) {
      internal++
      if (counts[0]) counts[0].i++
    } else {
      external++
      for (const c of counts) if (c) c.e++
    }
  }
  const bySector: Partial<Record<Sector, number | null>> = {}
  for (const [sector, { e, i }] of perSector) bySector[sector] = index(e, i)
  return { overall: index(external, internal), bySector, external, internal }
}
