import { type MapNode, SECTORS } from '../../shared.ts'
import { NO_SECTOR, type SectorChoice } from './view-filter.ts'

/** The sectors actors of the map belong to, in vocabulary order; "ohne Säule" last if used. */
export function usedSectors(nodes: readonly MapNode[]): SectorChoice[] {
  const used = new Set<SectorChoice>()
  for (const n of nodes) if (n.kind !== 'note') used.add(n.sector ?? NO_SECTOR)
  const list: SectorChoice[] = SECTORS.filter((s) => used.has(s))
  if (used.has(NO_SECTOR)) list.push(NO_SECTOR)
  return list
}
