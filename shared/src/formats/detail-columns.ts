/**
 * The schema-v2 columns: an actor's description, Planungsraum, website and contact person, and a
 * link's strength, direction and note. Kept apart from columns.ts so each table stays readable;
 * columns.ts splices them into NODE_COLUMNS / EDGE_COLUMNS.
 */
import { isWebUrl } from '../schema/node-record.ts'
import {
  EDGE_DIRECTION_LABELS,
  EDGE_STRENGTH_LABELS,
  type EdgeDirection,
  type EdgeStrength,
  type Labels,
  type Language,
} from '../schema/vocabulary.ts'
import type { EdgeColumn, NodeColumn } from './columns.ts'
import { normaliseWord } from './recognise.ts'

type TextField = 'description' | 'planningArea' | 'contact'

const textColumn = (field: TextField, header: Labels, synonyms: readonly string[]): NodeColumn => ({
  field,
  header,
  synonyms,
  type: 'string',
  graphAttribute: true,
  read: (raw, draft) => {
    draft[field] = raw.trim()
  },
  write: (node) => node[field],
})

/**
 * A website as people type it: "www.caritas-koeln.de" gets `https://`; anything that is not an
 * http(s) address (javascript:, mailto:, free text) is refused.
 */
export function readWebsite(raw: string): string | undefined {
  const text = raw.trim()
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? text
    : /^[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(text)
      ? `https://${text}`
      : text
  return isWebUrl(withScheme) ? withScheme : undefined
}

/** Node columns added by schema v2, in export order (after themes, before the coordinates). */
export const NODE_DETAIL_COLUMNS: readonly NodeColumn[] = [
  textColumn('description', { de: 'Beschreibung', en: 'Description' }, [
    'Kurzbeschreibung',
    'Info',
    'Details',
    'Notes',
    'Bemerkung',
    'Bemerkungen',
  ]),
  textColumn('planningArea', { de: 'Planungsraum', en: 'Planning area' }, [
    'Sozialraum',
    'PLR',
    'Stadtteil',
    'Quartier',
    'Bezirksregion',
    'Veedel',
    'Neighbourhood',
    'Neighborhood',
    'District',
    'Area',
  ]),
  {
    field: 'website',
    header: { de: 'Website', en: 'Website' },
    synonyms: ['Webseite', 'Internetseite', 'Homepage', 'URL', 'Link', 'Web', 'Internet'],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      const url = readWebsite(raw)
      if (url) draft.website = url
      else ctx.notAWebsite(raw)
    },
    write: (node) => node.website,
  },
  textColumn('contact', { de: 'Kontakt', en: 'Contact' }, [
    'Ansprechperson',
    'Ansprechpartner',
    'Ansprechpartnerin',
    'Kontaktperson',
    'Kontaktdaten',
    'Contact person',
    'E-Mail',
    'Email',
    'Telefon',
    'Phone',
  ]),
]

const STRENGTH_WORDS: Readonly<Record<EdgeStrength, readonly string[]>> = {
  1: ['schwach', 'gering', 'locker', 'selten', 'weak', 'low', 'occasional'],
  2: ['mittel', 'normal', 'regelmaessig', 'medium', 'moderate'],
  3: ['stark', 'sehr eng', 'intensiv', 'hoch', 'strong', 'high', 'intense'],
}

/** A link strength from 1–3, a Kumu weight (rounded into 1–3) or a word ("eng", "loose"). */
export function readStrength(raw: string): EdgeStrength | undefined {
  const number = Number(raw.trim().replace(',', '.'))
  if (raw.trim() !== '' && Number.isFinite(number)) {
    return Math.min(3, Math.max(1, Math.round(number))) as EdgeStrength
  }
  const word = normaliseWord(raw)
  for (const strength of [1, 2, 3] as const) {
    const labels = EDGE_STRENGTH_LABELS[strength]
    const words = [labels.de, labels.en, ...STRENGTH_WORDS[strength]].map(normaliseWord)
    if (words.includes(word)) return strength
  }
  return undefined
}

const DIRECTION_WORDS: Readonly<Record<EdgeDirection, readonly string[]>> = {
  none: ['none', 'undirected', 'ungerichtet', 'keine', 'ohne', 'nein', 'no', '-', '—'],
  forward: ['forward', 'directed', 'gerichtet', 'vorwärts', 'von nach', 'ja', 'yes', '->', '→'],
  backward: ['backward', 'reverse', 'reversed', 'rückwärts', 'umgekehrt', 'nach von', '<-', '←'],
  both: ['both', 'mutual', 'beidseitig', 'gegenseitig', 'wechselseitig', 'beide', '<->', '↔'],
}

/** A link direction from our words, Kumu's (directed, mutual, undirected) or an arrow. */
export function readDirection(raw: string): EdgeDirection | undefined {
  const text = raw.trim().toLowerCase()
  for (const direction of ['none', 'forward', 'backward', 'both'] as const) {
    if (DIRECTION_WORDS[direction].includes(text)) return direction
  }
  const word = normaliseWord(raw)
  if (!word) return undefined
  for (const direction of ['none', 'forward', 'backward', 'both'] as const) {
    const labels = EDGE_DIRECTION_LABELS[direction]
    const words = [direction, labels.de, labels.en, ...DIRECTION_WORDS[direction]]
    if (words.some((w) => normaliseWord(w) === word)) return direction
  }
  return undefined
}

const say = (labels: Labels, human: boolean, language: Language, id: string) =>
  human ? labels[language] : id

/** Link columns added by schema v2, in export order (after the status). */
export const EDGE_DETAIL_COLUMNS: readonly EdgeColumn[] = [
  {
    field: 'strength',
    header: { de: 'Stärke', en: 'Strength' },
    synonyms: ['Intensität', 'Gewicht', 'Weight', 'Intensity', 'Enge'],
    type: 'int',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      const strength = readStrength(raw)
      if (strength) draft.strength = strength
      else ctx.unknown(raw, EDGE_STRENGTH_LABELS[2])
    },
    write: (edge) => edge.strength,
  },
  {
    field: 'direction',
    header: { de: 'Richtung', en: 'Direction' },
    synonyms: ['Pfeil', 'Arrow', 'Gerichtet', 'Directed'],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft, ctx) => {
      const direction = readDirection(raw)
      if (direction) draft.direction = direction
      else ctx.unknown(raw)
    },
    write: (edge, c) =>
      say(EDGE_DIRECTION_LABELS[edge.direction], c.human, c.language, edge.direction),
  },
  {
    field: 'note',
    header: { de: 'Notiz', en: 'Note' },
    // Kumu's Connections sheet calls the text on a link its "Label".
    synonyms: ['Anmerkung', 'Bemerkung', 'Beschreibung', 'Description', 'Label', 'Kommentar'],
    type: 'string',
    graphAttribute: true,
    read: (raw, draft) => {
      draft.note = raw.trim()
    },
    write: (edge) => edge.note,
  },
]
