import type { MapModel } from '../doc/read-map.ts'

/**
 * A string that changes exactly when a network figure can change: kinds, sectors, themes,
 * Planungsräume and links, but not labels or positions. The UI recomputes the analysis only when
 * it changes, so dragging actors around costs no analysis at all.
 */
export function topologyKey(model: MapModel): string {
  const parts: string[] = []
  for (const n of model.nodes) {
    parts.push(
      `${n.id}|${n.kind}|${n.sector ?? ''}|${(n.themes ?? []).join(',')}|${n.planningArea ?? ''}`,
    )
  }
  parts.push('#')
  for (const e of model.edges) parts.push(`${e.id}|${e.source}|${e.target}|${e.kind}|${e.status}`)
  return parts.join('\n')
}
