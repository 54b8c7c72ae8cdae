import type { MapModel } from '../doc/read-map.ts'
import type {
  Agreement,
  AttendanceEntry,
  ChangeRecord,
  SessionInfo,
  VoteInfo,
} from '../meeting/meeting-types.ts'
import {
  EDGE_KIND_LABELS,
  EDGE_KINDS,
  type Language,
  NODE_KIND_LABELS,
  NODE_KINDS,
  SECTOR_LABELS,
  SECTORS,
} from '../schema/vocabulary.ts'
import { diffMaps } from './diff-maps.ts'
import { type MapFigures, mapFigures } from './map-figures.ts'
import { type ChangeLine, changeLines, linkName } from './minutes-changes.ts'
import { formatDate, MINUTES_TEXTS, type MinutesTexts } from './minutes-texts.ts'

export type { ChangeLine } from './minutes-changes.ts'

export interface MinutesInput {
  readonly mapTitle: string
  readonly area?: string | undefined
  /** The session the minutes are of; null when the map has had no session yet. */
  readonly session: SessionInfo | null
  readonly before: MapModel
  readonly after: MapModel
  readonly attendance: readonly AttendanceEntry[]
  readonly changes: readonly ChangeRecord[]
  /** Every agreement of the map; those of the session are picked here. */
  readonly agreements: readonly Agreement[]
  readonly votes: readonly VoteInfo[]
  readonly language: Language
}

export interface MinutesPerson {
  readonly name: string
  readonly organisation: string | null
}

export interface MinutesAgreement {
  readonly text: string
  readonly owner: string | null
  /** Formatted for the language. */
  readonly due: string | null
  /** Names of the actors and links it concerns. */
  readonly concerns: readonly string[]
}

/** One row of the figures table: the same count before and after the session. */
export interface FigureRow {
  readonly label: string
  readonly before: string
  readonly after: string
}

export interface FigureGroup {
  readonly title: string
  readonly rows: readonly FigureRow[]
}

export interface MinutesVote {
  readonly question: string
  readonly voters: number | null
  /** Records by dots, most first. */
  readonly ranking: readonly { readonly label: string; readonly dots: number }[]
}

/** The minutes of one session, format-neutral: every writer (Markdown, DOCX, UI) reads this. */
export interface Minutes {
  readonly language: Language
  readonly texts: MinutesTexts
  readonly header: {
    readonly body: string
    readonly area: string | null
    readonly sessionTitle: string | null
    readonly date: string | null
    readonly place: string | null
    readonly facilitation: string | null
  }
  /** False when the map has had no session: the change list is empty by definition. */
  readonly hasSession: boolean
  readonly attendance: {
    readonly present: readonly MinutesPerson[]
    readonly absent: readonly MinutesPerson[]
  }
  readonly changes: {
    readonly actors: readonly ChangeLine[]
    readonly links: readonly ChangeLine[]
  }
  readonly agreements: readonly MinutesAgreement[]
  readonly figures: readonly FigureGroup[]
  /** The notes on the map after the session. */
  readonly openPoints: readonly string[]
  readonly votes: readonly MinutesVote[]
}

function figureGroups(before: MapFigures, after: MapFigures, language: Language): FigureGroup[] {
  const t = MINUTES_TEXTS[language]
  const n = (value: number | undefined) => String(value ?? 0)
  const ei = (value: number | null) =>
    value === null
      ? '—'
      : value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
          signDisplay: 'exceptZero',
        })
  const row = (label: string, b: string, a: string): FigureRow => ({ label, before: b, after: a })
  const used = <K extends string>(
    keys: readonly K[],
    get: (f: MapFigures) => Partial<Record<K, number>>,
  ) => keys.filter((k) => (get(before)[k] ?? 0) + (get(after)[k] ?? 0) > 0)
  return [
    {
      title: t.overview,
      rows: [
        row(t.actorsTotal, n(before.actors), n(after.actors)),
        row(t.linksTotal, n(before.links), n(after.links)),
        row(t.plannedLinks, n(before.plannedLinks), n(after.plannedLinks)),
        row(t.crossSector, n(before.crossSectorPairs), n(after.crossSectorPairs)),
        row(t.eiIndex, ei(before.eiIndex), ei(after.eiIndex)),
      ],
    },
    {
      title: t.byKind,
      rows: used(NODE_KINDS, (f) => f.actorsByKind).map((k) =>
        row(NODE_KIND_LABELS[k][language], n(before.actorsByKind[k]), n(after.actorsByKind[k])),
      ),
    },
    {
      title: t.bySector,
      rows: used([...SECTORS, 'none' as const], (f) => f.actorsBySector).map((s) =>
        row(
          s === 'none' ? t.noSector : SECTOR_LABELS[s][language],
          n(before.actorsBySector[s]),
          n(after.actorsBySector[s]),
        ),
      ),
    },
    {
      title: t.linksByKind,
      rows: used(EDGE_KINDS, (f) => f.linksByKind).map((k) =>
        row(EDGE_KIND_LABELS[k][language], n(before.linksByKind[k]), n(after.linksByKind[k])),
      ),
    },
  ].filter((group) => group.rows.length > 0)
}

/** Names of records by id, from after and before (removed records keep their last name). */
function recordNamer(input: MinutesInput) {
  const t = MINUTES_TEXTS[input.language]
  const labels = new Map<string, string>()
  for (const node of [...input.before.nodes, ...input.after.nodes]) labels.set(node.id, node.label)
  const labelOf = (id: string) => labels.get(id) ?? t.deleted
  const links = new Map<string, string>()
  for (const edge of [...input.before.edges, ...input.after.edges])
    links.set(edge.id, linkName(edge, labelOf))
  return (id: string) => labels.get(id) ?? links.get(id) ?? t.deleted
}

const person = (entry: AttendanceEntry): MinutesPerson => ({
  name: entry.name,
  organisation: entry.organisation?.trim() || null,
})

/** Builds the minutes of a session (or of the map as it is, when it had no session). */
export function buildMinutes(input: MinutesInput): Minutes {
  const { session, language } = input
  const nameOf = recordNamer(input)
  const byName = (a: MinutesPerson, b: MinutesPerson) => a.name.localeCompare(b.name, language)
  const diff = diffMaps(input.before, input.after)
  const agreements = input.agreements.filter((a) => (session ? a.sessionId === session.id : true))
  return {
    language,
    texts: MINUTES_TEXTS[language],
    header: {
      body: input.mapTitle,
      area: input.area?.trim() || null,
      sessionTitle: session?.title ?? null,
      date: session ? formatDate(session.date, language) : null,
      place: session?.place?.trim() || null,
      facilitation: session?.facilitator?.trim() || null,
    },
    hasSession: session !== null,
    attendance: {
      present: input.attendance
        .filter((a) => a.present)
        .map(person)
        .sort(byName),
      absent: input.attendance
        .filter((a) => !a.present)
        .map(person)
        .sort(byName),
    },
    changes: session
      ? changeLines(diff, input.before, input.after, input.changes, language)
      : { actors: [], links: [] },
    agreements: agreements.map((a) => ({
      text: a.text,
      owner: a.owner?.trim() || null,
      due: a.due ? formatDate(a.due, language) : null,
      concerns: [...a.nodeIds, ...a.edgeIds].map(nameOf),
    })),
    figures: figureGroups(mapFigures(input.before), mapFigures(input.after), language),
    openPoints: input.after.nodes.filter((n) => n.kind === 'note').map((n) => n.label),
    votes: input.votes
      .filter((v) => v.revealed && v.results)
      .map((v) => ({
        question: v.question,
        voters: v.voters ?? null,
        ranking: Object.entries(v.results ?? {})
          .filter(([, dots]) => dots > 0)
          .map(([id, dots]) => ({ label: nameOf(id), dots }))
          .sort((a, b) => b.dots - a.dots || a.label.localeCompare(b.label, language)),
      })),
  }
}
