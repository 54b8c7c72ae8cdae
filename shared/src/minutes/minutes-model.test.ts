import { describe, expect, it } from 'vitest'
import { minutesFixture } from './minutes-fixture.ts'
import { buildMinutes } from './minutes-model.ts'

describe('buildMinutes', () => {
  it('heads the minutes with body, Sozialraum, date, place and facilitation', () => {
    const minutes = buildMinutes(minutesFixture())
    expect(minutes.header).toEqual({
      body: 'Stadtteilkonferenz Kalk',
      area: 'Kalk-Nord',
      sessionTitle: '3. Stadtteilkonferenz',
      date: '20.11.2026',
      place: 'Bürgerhaus Kalk',
      facilitation: 'Maria Moderation',
    })
    expect(buildMinutes(minutesFixture('en')).header.date).toBe('2026-11-20')
  })

  it('lists present and absent participants with their organisations', () => {
    const { attendance } = buildMinutes(minutesFixture())
    expect(attendance.present).toEqual([
      { name: 'Anna', organisation: 'Caritas' },
      { name: 'Ben', organisation: 'Jugendamt' },
    ])
    expect(attendance.absent).toEqual([{ name: 'Cem', organisation: null }])
  })

  it('names for every change the last participant who touched the record', () => {
    const input = minutesFixture()
    const { changes } = buildMinutes(input)
    const actors = Object.fromEntries(changes.actors.map((l) => [l.what, l]))
    expect(actors.Jugendamt).toMatchObject({ change: 'added', by: 'Ben' })
    // Anna renamed the Kita first, Ben touched it last.
    expect(actors['Kita Sonnenschein']).toMatchObject({ change: 'changed', by: 'Ben' })
    expect(actors['Kita Sonnenschein']?.details).toEqual([
      'Name: Kita → Kita Sonnenschein',
      'Säule: — → Jugendhilfe',
    ])
    expect(actors.Elterncafé).toMatchObject({ change: 'removed', by: 'Anna' })
    expect(actors['Raum für das Elterncafé klären']).toMatchObject({ change: 'added', by: null })
    expect(changes.links).toEqual([
      expect.objectContaining({
        id: input.ids.coop,
        change: 'added',
        what: 'Jugendamt — Caritas',
        kindLabel: 'Kooperation, geplant / vereinbart',
        by: 'Ben',
      }),
    ])
  })

  it('takes the agreements of this session only, with owner, due date and actor names', () => {
    const { agreements } = buildMinutes(minutesFixture())
    expect(agreements).toEqual([
      {
        text: 'Kooperationsvertrag vorbereiten',
        owner: 'Jugendamt, Frau Yilmaz',
        due: '15.12.2026',
        concerns: ['Jugendamt', 'Caritas'],
      },
    ])
  })

  it('puts the figures before and after the session side by side', () => {
    const { figures } = buildMinutes(minutesFixture())
    const overview = figures.find((g) => g.title === 'Überblick')
    expect(overview?.rows.slice(0, 2)).toEqual([
      { label: 'Akteure insgesamt', before: '3', after: '3' },
      { label: 'Verbindungen insgesamt', before: '1', after: '2' },
    ])
    const crossSector = overview?.rows.find((r) => r.label.startsWith('Verbindungen über'))
    // Only Jugendamt (youth) – Caritas (social) crosses sectors: the E-I index leaves out
    // Trägerschaft (a Träger running its own service is no cooperation across pillars).
    expect(crossSector).toMatchObject({ before: '0', after: '1' })
    const bySector = figures.find((g) => g.title === 'Akteure nach Säule')
    expect(bySector?.rows).toContainEqual({ label: 'Jugendhilfe', before: '0', after: '2' })
  })

  it('shows the notes as open points and only revealed votes, ranked by dots', () => {
    const minutes = buildMinutes(minutesFixture())
    expect(minutes.openPoints).toEqual(['Raum für das Elterncafé klären'])
    expect(minutes.votes).toEqual([
      {
        question: 'Wo brauchen wir am dringendsten Kooperation?',
        voters: 3,
        ranking: [
          { label: 'Jugendamt — Caritas', dots: 5 },
          { label: 'Jugendamt', dots: 2 },
        ],
      },
    ])
  })

  it('without a session covers the map as it is, with no changes', () => {
    const input = minutesFixture()
    const minutes = buildMinutes({ ...input, session: null, before: input.after, changes: [] })
    expect(minutes.hasSession).toBe(false)
    expect(minutes.changes).toEqual({ actors: [], links: [] })
    expect(minutes.header.date).toBeNull()
    expect(minutes.agreements).toHaveLength(2)
  })
})
