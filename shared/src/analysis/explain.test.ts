import { describe, expect, it } from 'vitest'
import type { Community } from './communities.ts'
import {
  explainAreaGap,
  explainBroker,
  explainBrokers,
  explainCommunities,
  explainCommunity,
  explainComponents,
  explainCrossSectorShare,
  explainCutPoint,
  explainCutPoints,
  explainDensity,
  explainEiIndex,
  explainIsolates,
  explainSectorEi,
  explainSuggestion,
  explainThemeGap,
  explainWhiteSpots,
} from './explain.ts'
import { formatNames } from './explain-format.ts'

// Intl puts a no-break space before the percent sign in German.
const NBSP = '\u00a0'
const names: Record<string, string> = { a: 'Caritas', b: 'Jugendamt', c: 'Kita Sonnenblume' }
const labelOf = (id: string) => names[id] ?? id

const community = (members: string[], sectors: Community['sectors']): Community => {
  const ranked = Object.entries(sectors).sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0))
  return {
    members,
    sectors,
    dominantSector: (ranked[0]?.[0] as Community['dominantSector']) ?? null,
  }
}

describe('the E-I sentence', () => {
  it('says the pillars are rather closed when 14 of 20 links stay inside (−0,4)', () => {
    const s = explainEiIndex({ overall: -0.4, bySector: {}, external: 6, internal: 14 })
    expect(s.de).toBe(
      'Die Säulen sind eher geschlossen: Von 20 Verbindungen zwischen Akteuren mit Säule bleiben 14 innerhalb einer Säule (E-I-Index −0,4).',
    )
    expect(s.en).toBe(
      'The sectors are rather closed: of 20 links between actors with a sector, 14 stay within one sector (E-I index −0.4).',
    )
  })

  it('counts the crossing links when most links cross, with a plus sign', () => {
    const s = explainEiIndex({ overall: 0.5, bySector: {}, external: 3, internal: 1 })
    expect(s.de).toBe(
      'Die Säulen sind eher offen: Von 4 Verbindungen zwischen Akteuren mit Säule verbinden 3 verschiedene Säulen (E-I-Index +0,5).',
    )
  })

  it('uses the singular for a single link inside one sector', () => {
    const s = explainEiIndex({ overall: -1, bySector: {}, external: 0, internal: 1 })
    expect(s.de).toBe(
      'Die Säulen sind stark geschlossen: Von 1 Verbindung zwischen Akteuren mit Säule bleibt 1 innerhalb einer Säule (E-I-Index −1).',
    )
  })

  it('explains why there is no index on an empty map or one without sectors', () => {
    const s = explainEiIndex({ overall: null, bySector: {}, external: 0, internal: 0 })
    expect(s.de).toBe(
      'Noch kein E-I-Index: Es gibt keine Verbindung zwischen zwei Akteuren, die beide einer Säule zugeordnet sind.',
    )
    expect(s.en).toContain('No E-I index yet')
  })

  it('describes one sector, and a sector without counted links', () => {
    expect(explainSectorEi('youth', -0.75).de).toBe(
      'Jugendhilfe bleibt fast ganz unter sich (E-I-Index −0,75).',
    )
    expect(explainSectorEi('health', 0).de).toBe(
      'Gesundheit verbindet sich nach innen und außen etwa gleich (E-I-Index 0).',
    )
    expect(explainSectorEi('health', null).de).toBe(
      'Gesundheit: noch keine Verbindung zu einem Akteur mit Säule.',
    )
  })
})

describe('the sentences on cross-sector links, density and components', () => {
  it('gives the share of crossing links as a German percentage', () => {
    expect(
      explainCrossSectorShare({ overall: -0.4, bySector: {}, external: 6, internal: 14 }).de,
    ).toBe(
      `30${NBSP}% der Verbindungen zwischen Akteuren mit Säule gehen über eine Säulengrenze (6 von 20).`,
    )
    expect(
      explainCrossSectorShare({ overall: null, bySector: {}, external: 0, internal: 0 }).de,
    ).toBe('Noch keine Verbindung zwischen Akteuren mit Säule, also auch keine über Säulengrenzen.')
  })

  it('compares the links with the possible ones, with German thousands marks', () => {
    // 100 actors: 4 950 possible pairs; 99 links → 0,02.
    expect(explainDensity(0.02, 100, 99).de).toBe(
      'Von 4.950 möglichen Verbindungen zwischen 100 Akteuren bestehen 99 (Dichte 0,02).',
    )
    expect(explainDensity(1, 2, 1).en).toBe(
      'Of 1 possible link between 2 actors, 1 exists (density 1).',
    )
    expect(explainDensity(1, 2, 1).de).toBe(
      'Von 1 möglichen Verbindung zwischen 2 Akteuren besteht 1 (Dichte 1).',
    )
    expect(explainDensity(null, 1, 0).de).toBe('Für die Dichte braucht es mindestens zwei Akteure.')
  })

  it('says whether the network is one piece', () => {
    expect(explainComponents([]).de).toBe('Die Karte hat noch keine Akteure.')
    expect(explainComponents([['a', 'b', 'c']]).de).toBe(
      'Alle 3 Akteure hängen zusammen: Das Netz ist ein einziges Stück.',
    )
    expect(explainComponents([['a', 'b'], ['c']]).de).toBe(
      'Das Netz besteht aus 2 Teilen ohne Verbindung untereinander; der größte umfasst 2 von 3 Akteuren.',
    )
  })
})

describe('the sentences that name actors', () => {
  it('lists isolates by their current names', () => {
    expect(explainIsolates([], labelOf).de).toBe('Jeder Akteur hat mindestens eine Verbindung.')
    expect(explainIsolates(['a'], labelOf).de).toBe('Caritas hat noch keine Verbindung.')
    expect(explainIsolates(['a', 'b', 'c'], labelOf).de).toBe(
      '3 Akteure haben noch keine Verbindung: Caritas, Jugendamt und Kita Sonnenblume.',
    )
  })

  it('cuts a long list of names short and counts the rest', () => {
    const many = ['1', '2', '3', '4', '5', '6', '7']
    expect(formatNames(many, 'de')).toBe('1, 2, 3, 4 und 3 weitere')
    expect(formatNames(many, 'en')).toBe('1, 2, 3, 4 and 3 more')
  })

  it('names the top broker and each broker with its share of shortest paths', () => {
    expect(explainBrokers([], labelOf).de).toBe(
      'Niemand vermittelt zwischen anderen: Kein kürzester Weg führt über Dritte.',
    )
    expect(explainBrokers([{ id: 'b', betweenness: 2 / 3 }], labelOf).de).toBe(
      `Jugendamt vermittelt am meisten: Über Jugendamt laufen 67${NBSP}% der kürzesten Wege zwischen anderen Akteuren.`,
    )
    expect(explainBroker({ id: 'a', betweenness: 0.125 }, labelOf).en).toBe(
      'Caritas lies on 13% of the shortest paths between other actors.',
    )
  })

  it('says what happens when a cut point drops out', () => {
    expect(explainCutPoint('a', labelOf).de).toBe('Wenn Caritas wegfällt, zerfällt das Netz.')
    expect(explainCutPoints([], labelOf).de).toBe(
      'Kein einzelner Akteur hält das Netz zusammen: Fällt einer weg, bleibt der Rest verbunden.',
    )
    expect(explainCutPoints(['a', 'b'], labelOf).de).toBe(
      'Caritas und Jugendamt halten Teile des Netzes allein zusammen.',
    )
  })

  it('suggests a link with the shared Lebenslagen', () => {
    const s = explainSuggestion(
      { a: 'a', b: 'c', sharedThemes: ['health', 'education'], crossesSectors: true },
      labelOf,
    )
    expect(s.de).toBe(
      'Caritas und Kita Sonnenblume arbeiten beide zu den Lebenslagen Gesundheit und Bildung, sind aber noch nicht verbunden – über eine Säulengrenze hinweg.',
    )
  })
})

describe('the sentences on communities and white spots', () => {
  it('compares a community with the Säulen', () => {
    const five = ['a', 'b', 'c', 'd', 'e']
    expect(explainCommunity(community(five, { youth: 5 }), 1).de).toBe(
      'Gemeinschaft 1 (5 Akteure) besteht nur aus der Säule Jugendhilfe.',
    )
    expect(explainCommunity(community(five, { youth: 4, health: 1 }), 2).de).toBe(
      'Gemeinschaft 2 (5 Akteure) entspricht fast ganz der Säule Jugendhilfe (4 von 5).',
    )
    expect(explainCommunity(community(five, { youth: 3, health: 2 }), 3).de).toBe(
      'Gemeinschaft 3 (5 Akteure) wird von der Säule Jugendhilfe geprägt (3 von 5).',
    )
    expect(explainCommunity(community(five, { youth: 2, health: 1 }), 4).de).toBe(
      'Gemeinschaft 4 (5 Akteure) mischt mehrere Säulen; am stärksten ist Jugendhilfe (2 von 5).',
    )
    expect(explainCommunity(community(['a', 'b'], {}), 5).de).toBe(
      'Gemeinschaft 5 (2 Akteure) hat keine Akteure mit Säule.',
    )
  })

  it('counts the communities that mirror a Säule', () => {
    expect(explainCommunities([]).de).toBe(
      'Noch keine Gemeinschaften: Dafür braucht es Verbindungen zwischen Akteuren.',
    )
    const silo = community(['a', 'b'], { youth: 2 })
    const mixed = community(['c', 'd'], { youth: 1, health: 1 })
    expect(explainCommunities([silo, mixed]).de).toBe(
      'Das Netz bildet 2 Gemeinschaften (Gruppen, die untereinander dichter verbunden sind als nach außen); 1 davon deckt sich fast ganz mit einer Säule.',
    )
  })

  it('names Lebenslagen without services and Planungsräume with few actors', () => {
    expect(explainThemeGap({ theme: 'income', services: 0 }).de).toBe(
      'Zur Lebenslage Einkommen und materieller Lebensstandard gibt es noch kein Angebot.',
    )
    expect(explainThemeGap({ theme: 'health', services: 1 }).de).toBe(
      'Zur Lebenslage Gesundheit gibt es nur 1 Angebot.',
    )
    expect(explainAreaGap({ planningArea: 'Kalk-Nord', actors: 1 }).de).toBe(
      'Im Planungsraum Kalk-Nord ist nur 1 Akteur eingezeichnet.',
    )
    expect(explainWhiteSpots({ themes: [], planningAreas: [] }).de).toContain(
      'Keine weißen Flecken',
    )
    expect(
      explainWhiteSpots({
        themes: [{ theme: 'income', services: 0 }],
        planningAreas: [
          { planningArea: 'A', actors: 1 },
          { planningArea: 'B', actors: 1 },
        ],
      }).de,
    ).toBe(
      'Weiße Flecken: 1 Lebenslage mit keinem oder nur einem Angebot, 2 Planungsräume mit höchstens einem Akteur.',
    )
  })
})
