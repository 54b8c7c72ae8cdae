import { SECTOR_LABELS } from '../schema/vocabulary.ts'
import type { Community } from './communities.ts'
import { counted, formatCount, type Sentence } from './explain-format.ts'

/** A community "mirrors" a Säule when at least this share of its members belong to it. */
export const SILO_SHARE = 0.8

/** Whether a community is (almost) one Säule: a silo drawn by the network itself. */
export function mirrorsSector(community: Community): boolean {
  const dominant = community.dominantSector
  if (!dominant) return false
  return (community.sectors[dominant] ?? 0) / community.members.length >= SILO_SHARE
}

/** One community (numbered from 1) compared with the Säulen. */
export function explainCommunity(community: Community, number: number): Sentence {
  const size = community.members.length
  const head = {
    de: `Gemeinschaft ${formatCount(number, 'de')} (${counted(size, 'de', 'Akteur', 'Akteure')})`,
    en: `Community ${formatCount(number, 'en')} (${counted(size, 'en', 'actor', 'actors')})`,
  }
  const dominant = community.dominantSector
  if (!dominant) {
    return {
      de: `${head.de} hat keine Akteure mit Säule.`,
      en: `${head.en} has no actors with a sector.`,
    }
  }
  const count = community.sectors[dominant] ?? 0
  const name = SECTOR_LABELS[dominant]
  const ofDe = `${formatCount(count, 'de')} von ${formatCount(size, 'de')}`
  const ofEn = `${formatCount(count, 'en')} of ${formatCount(size, 'en')}`
  if (count === size) {
    return {
      de: `${head.de} besteht nur aus der Säule ${name.de}.`,
      en: `${head.en} consists only of the sector ${name.en}.`,
    }
  }
  if (mirrorsSector(community)) {
    return {
      de: `${head.de} entspricht fast ganz der Säule ${name.de} (${ofDe}).`,
      en: `${head.en} almost entirely matches the sector ${name.en} (${ofEn}).`,
    }
  }
  if (count * 2 > size) {
    return {
      de: `${head.de} wird von der Säule ${name.de} geprägt (${ofDe}).`,
      en: `${head.en} is shaped by the sector ${name.en} (${ofEn}).`,
    }
  }
  return {
    de: `${head.de} mischt mehrere Säulen; am stärksten ist ${name.de} (${ofDe}).`,
    en: `${head.en} mixes several sectors; the strongest is ${name.en} (${ofEn}).`,
  }
}

/** All communities at once: how many there are and how many mirror one Säule. */
export function explainCommunities(communities: readonly Community[]): Sentence {
  if (communities.length === 0) {
    return {
      de: 'Noch keine Gemeinschaften: Dafür braucht es Verbindungen zwischen Akteuren.',
      en: 'No communities yet: they need links between actors.',
    }
  }
  const silos = communities.filter(mirrorsSector).length
  const de = `Das Netz bildet ${counted(communities.length, 'de', 'Gemeinschaft', 'Gemeinschaften')} (Gruppen, die untereinander dichter verbunden sind als nach außen)`
  const en = `The network forms ${counted(communities.length, 'en', 'community', 'communities')} (groups more densely linked among themselves than outwards)`
  if (silos === 0) {
    return {
      de: `${de}; keine davon deckt sich mit einer Säule.`,
      en: `${en}; none of them matches one sector.`,
    }
  }
  return {
    de: `${de}; ${formatCount(silos, 'de')} davon ${silos === 1 ? 'deckt' : 'decken'} sich fast ganz mit einer Säule.`,
    en: `${en}; ${formatCount(silos, 'en')} of them almost entirely ${silos === 1 ? 'matches' : 'match'} one sector.`,
  }
}
