/*
 * One plain sentence per figure, German and English, for the analysis panel and the minutes.
 * Pure functions of the figures (and of the actors' current names), so both say the same thing.
 */
import { SECTOR_LABELS, type Sector } from '../schema/vocabulary.ts'
import type { EiIndex } from './ei-index.ts'
import {
  counted,
  formatCount,
  formatIndex,
  formatNames,
  formatPercent,
  formatSmall,
  type LabelOf,
  type Sentence,
} from './explain-format.ts'
import type { Broker } from './structure.ts'

export type { LabelOf, Sentence } from './explain-format.ts'

type Openness = 'veryClosed' | 'closed' | 'balanced' | 'open' | 'veryOpen'

const openness = (value: number): Openness =>
  value <= -0.6
    ? 'veryClosed'
    : value < -0.2
      ? 'closed'
      : value <= 0.2
        ? 'balanced'
        : value < 0.6
          ? 'open'
          : 'veryOpen'

const OPENNESS: Readonly<Record<Openness, Sentence>> = {
  veryClosed: { de: 'Die Säulen sind stark geschlossen', en: 'The sectors are strongly closed' },
  closed: { de: 'Die Säulen sind eher geschlossen', en: 'The sectors are rather closed' },
  balanced: {
    de: 'Innerhalb und zwischen den Säulen wird etwa gleich viel verbunden',
    en: 'There are about as many links within as across sectors',
  },
  open: { de: 'Die Säulen sind eher offen', en: 'The sectors are rather open' },
  veryOpen: { de: 'Die Säulen sind weit offen', en: 'The sectors are wide open' },
}

/** The overall E-I index: how closed the Säulen are, with the counts behind the number. */
export function explainEiIndex(ei: EiIndex): Sentence {
  const total = ei.external + ei.internal
  if (ei.overall === null || total === 0) {
    return {
      de: 'Noch kein E-I-Index: Es gibt keine Verbindung zwischen zwei Akteuren, die beide einer Säule zugeordnet sind.',
      en: 'No E-I index yet: there is no link between two actors who both have a sector.',
    }
  }
  const kind = openness(ei.overall)
  const inside = ei.internal >= ei.external
  const de = `${OPENNESS[kind].de}: Von ${counted(total, 'de', 'Verbindung', 'Verbindungen')} zwischen Akteuren mit Säule ${
    inside
      ? `${ei.internal === 1 ? 'bleibt' : 'bleiben'} ${formatCount(ei.internal, 'de')} innerhalb einer Säule`
      : `${ei.external === 1 ? 'verbindet' : 'verbinden'} ${formatCount(ei.external, 'de')} verschiedene Säulen`
  } (E-I-Index ${formatIndex(ei.overall, 'de')}).`
  const en = `${OPENNESS[kind].en}: of ${counted(total, 'en', 'link', 'links')} between actors with a sector, ${
    inside
      ? `${formatCount(ei.internal, 'en')} ${ei.internal === 1 ? 'stays' : 'stay'} within one sector`
      : `${formatCount(ei.external, 'en')} ${ei.external === 1 ? 'connects' : 'connect'} different sectors`
  } (E-I index ${formatIndex(ei.overall, 'en')}).`
  return { de, en }
}

/** One sector's E-I index: whether its actors stay among themselves. */
export function explainSectorEi(sector: Sector, value: number | null): Sentence {
  const name = SECTOR_LABELS[sector]
  if (value === null) {
    return {
      de: `${name.de}: noch keine Verbindung zu einem Akteur mit Säule.`,
      en: `${name.en}: no link to an actor with a sector yet.`,
    }
  }
  const kind = openness(value)
  const de: Record<Openness, string> = {
    veryClosed: 'bleibt fast ganz unter sich',
    closed: 'bleibt eher unter sich',
    balanced: 'verbindet sich nach innen und außen etwa gleich',
    open: 'verbindet sich eher nach außen',
    veryOpen: 'verbindet sich fast nur nach außen',
  }
  const en: Record<Openness, string> = {
    veryClosed: 'keeps almost entirely to itself',
    closed: 'rather keeps to itself',
    balanced: 'links inwards and outwards about equally',
    open: 'rather links outwards',
    veryOpen: 'links almost only outwards',
  }
  return {
    de: `${name.de} ${de[kind]} (E-I-Index ${formatIndex(value, 'de')}).`,
    en: `${name.en} ${en[kind]} (E-I index ${formatIndex(value, 'en')}).`,
  }
}

/** The share of links between actors with a sector that cross a sector boundary. */
export function explainCrossSectorShare(ei: EiIndex): Sentence {
  const total = ei.external + ei.internal
  if (total === 0) {
    return {
      de: 'Noch keine Verbindung zwischen Akteuren mit Säule, also auch keine über Säulengrenzen.',
      en: 'No link between actors with a sector yet, so none across sectors either.',
    }
  }
  const share = ei.external / total
  return {
    de: `${formatPercent(share, 'de')} der Verbindungen zwischen Akteuren mit Säule gehen über eine Säulengrenze (${formatCount(ei.external, 'de')} von ${formatCount(total, 'de')}).`,
    en: `${formatPercent(share, 'en')} of the links between actors with a sector cross a sector boundary (${formatCount(ei.external, 'en')} of ${formatCount(total, 'en')}).`,
  }
}

/** Density: how many of the possible links between the actors exist. */
export function explainDensity(density: number | null, actors: number, links: number): Sentence {
  if (density === null) {
    return {
      de: 'Für die Dichte braucht es mindestens zwei Akteure.',
      en: 'Density needs at least two actors.',
    }
  }
  const possible = (actors * (actors - 1)) / 2
  return {
    de: `Von ${counted(possible, 'de', 'möglichen Verbindung', 'möglichen Verbindungen')} zwischen ${formatCount(actors, 'de')} Akteuren ${links === 1 ? 'besteht' : 'bestehen'} ${formatCount(links, 'de')} (Dichte ${formatSmall(density, 'de')}).`,
    en: `Of ${counted(possible, 'en', 'possible link', 'possible links')} between ${formatCount(actors, 'en')} actors, ${formatCount(links, 'en')} ${links === 1 ? 'exists' : 'exist'} (density ${formatSmall(density, 'en')}).`,
  }
}

/** Connected components: whether the network is one piece. */
export function explainComponents(components: readonly (readonly string[])[]): Sentence {
  const actors = components.reduce((sum, c) => sum + c.length, 0)
  if (actors === 0) {
    return { de: 'Die Karte hat noch keine Akteure.', en: 'The map has no actors yet.' }
  }
  if (components.length === 1) {
    return {
      de: `Alle ${counted(actors, 'de', 'Akteur', 'Akteure')} hängen zusammen: Das Netz ist ein einziges Stück.`,
      en: `All ${counted(actors, 'en', 'actor', 'actors')} are connected: the network is one piece.`,
    }
  }
  const largest = components[0]?.length ?? 0
  return {
    de: `Das Netz besteht aus ${formatCount(components.length, 'de')} Teilen ohne Verbindung untereinander; der größte umfasst ${formatCount(largest, 'de')} von ${formatCount(actors, 'de')} Akteuren.`,
    en: `The network falls into ${formatCount(components.length, 'en')} parts with no link between them; the largest holds ${formatCount(largest, 'en')} of ${formatCount(actors, 'en')} actors.`,
  }
}

/** Isolates: actors nobody is linked with yet, by name. */
export function explainIsolates(isolates: readonly string[], labelOf: LabelOf): Sentence {
  if (isolates.length === 0) {
    return {
      de: 'Jeder Akteur hat mindestens eine Verbindung.',
      en: 'Every actor has at least one link.',
    }
  }
  const names = isolates.map(labelOf)
  return isolates.length === 1
    ? {
        de: `${names[0]} hat noch keine Verbindung.`,
        en: `${names[0]} has no link yet.`,
      }
    : {
        de: `${formatCount(isolates.length, 'de')} Akteure haben noch keine Verbindung: ${formatNames(names, 'de')}.`,
        en: `${formatCount(isolates.length, 'en')} actors have no link yet: ${formatNames(names, 'en')}.`,
      }
}

/** Brokers in general: who holds the network together. */
export function explainBrokers(brokers: readonly Broker[], labelOf: LabelOf): Sentence {
  const top = brokers[0]
  if (!top) {
    return {
      de: 'Niemand vermittelt zwischen anderen: Kein kürzester Weg führt über Dritte.',
      en: 'Nobody brokers between others: no shortest path runs through a third actor.',
    }
  }
  return {
    de: `${labelOf(top.id)} vermittelt am meisten: Über ${labelOf(top.id)} laufen ${formatPercent(top.betweenness, 'de')} der kürzesten Wege zwischen anderen Akteuren.`,
    en: `${labelOf(top.id)} brokers most: ${formatPercent(top.betweenness, 'en')} of the shortest paths between other actors run through ${labelOf(top.id)}.`,
  }
}

/** One broker of the top-10 list. */
export function explainBroker(broker: Broker, labelOf: LabelOf): Sentence {
  const name = labelOf(broker.id)
  return {
    de: `${name} liegt auf ${formatPercent(broker.betweenness, 'de')} der kürzesten Wege zwischen anderen Akteuren.`,
    en: `${name} lies on ${formatPercent(broker.betweenness, 'en')} of the shortest paths between other actors.`,
  }
}

/** Cut points in general. */
export function explainCutPoints(cutPoints: readonly string[], labelOf: LabelOf): Sentence {
  if (cutPoints.length === 0) {
    return {
      de: 'Kein einzelner Akteur hält das Netz zusammen: Fällt einer weg, bleibt der Rest verbunden.',
      en: 'No single actor holds the network together: if one drops out, the rest stays connected.',
    }
  }
  return {
    de: `${formatNames(cutPoints.map(labelOf), 'de')} ${cutPoints.length === 1 ? 'hält' : 'halten'} Teile des Netzes allein zusammen.`,
    en: `${formatNames(cutPoints.map(labelOf), 'en')} alone ${cutPoints.length === 1 ? 'holds' : 'hold'} parts of the network together.`,
  }
}

/** One cut point: what happens when it drops out. */
export function explainCutPoint(id: string, labelOf: LabelOf): Sentence {
  return {
    de: `Wenn ${labelOf(id)} wegfällt, zerfällt das Netz.`,
    en: `If ${labelOf(id)} drops out, the network falls apart.`,
  }
}

export { explainCommunities, explainCommunity } from './explain-communities.ts'
export {
  explainAreaGap,
  explainSuggestion,
  explainThemeGap,
  explainWhiteSpots,
} from './explain-gaps.ts'
