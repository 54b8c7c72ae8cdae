/**
 * Recognises what people write in spreadsheets: header names → column fields, and kind,
 * sector, theme and status words (German and English, with common synonyms) → vocabulary ids.
 */

import {
  EDGE_KIND_LABELS,
  EDGE_KINDS,
  EDGE_STATUS_LABELS,
  EDGE_STATUSES,
  type EdgeKind,
  type EdgeStatus,
  type Labels,
  NODE_KIND_LABELS,
  NODE_KINDS,
  type NodeKind,
  SECTOR_LABELS,
  SECTORS,
  type Sector,
  THEME_LABELS,
  THEMES,
  type Theme,
} from '../schema/vocabulary.ts'
import {
  EDGE_KIND_WORDS,
  KIND_WORDS,
  SECTOR_WORDS,
  STATUS_WORDS,
  THEME_WORDS,
  type WordTable,
} from './vocabulary-words.ts'

/** Lower-case, umlauts as ae/oe/ue, no other diacritics, punctuation or `*`/`:` gender marks. */
export function normaliseWord(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      // "Säule" and "Saeule" are the same word to a German reader.
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[*:_]innen|[*:_]in\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  )
}

/** Builds a lookup from normalised words; the vocabulary's own labels and ids always count. */
function lookup<T extends string>(
  ids: readonly T[],
  labels: Readonly<Record<T, Labels>>,
  synonyms: WordTable<T>,
): Map<string, T> {
  const map = new Map<string, T>()
  const add = (word: string, id: T) => {
    const key = normaliseWord(word)
    if (key && !map.has(key)) map.set(key, id)
  }
  for (const id of ids) {
    add(id, id)
    add(id.replace(/([A-Z])/g, ' $1'), id)
    for (const label of Object.values(labels[id])) {
      add(label, id)
      for (const part of label.split('/')) add(part, id)
    }
  }
  for (const id of ids) for (const word of synonyms[id]) add(word, id)
  return map
}

const KINDS = lookup(NODE_KINDS, NODE_KIND_LABELS, KIND_WORDS)
const SECTOR_LOOKUP = lookup(SECTORS, SECTOR_LABELS, SECTOR_WORDS)
const THEME_LOOKUP = lookup(THEMES, THEME_LABELS, THEME_WORDS)
const EDGE_KIND_LOOKUP = lookup(EDGE_KINDS, EDGE_KIND_LABELS, EDGE_KIND_WORDS)
const STATUS_LOOKUP = lookup(EDGE_STATUSES, EDGE_STATUS_LABELS, STATUS_WORDS)

/** A node kind from a word such as "Verein", "Jugendamt" or "Träger"; undefined if unknown. */
export const recogniseNodeKind = (word: string): NodeKind | undefined =>
  KINDS.get(normaliseWord(word))
/** A sector from a word such as "Jugendhilfe", "Soziales" or "Health". */
export const recogniseSector = (word: string): Sector | undefined =>
  SECTOR_LOOKUP.get(normaliseWord(word))
/** A Lebenslage from a word such as "Bildung" or "Einkommen". */
export const recogniseTheme = (word: string): Theme | undefined =>
  THEME_LOOKUP.get(normaliseWord(word))
/** A link kind from a word such as "Kooperation" or "Förderung". */
export const recogniseEdgeKind = (word: string): EdgeKind | undefined =>
  EDGE_KIND_LOOKUP.get(normaliseWord(word))
/** A link status from a word such as "geplant" or "besteht". */
export const recogniseEdgeStatus = (word: string): EdgeStatus | undefined =>
  STATUS_LOOKUP.get(normaliseWord(word))

/**
 * Guesses the kind from an actor's name ("Jugendamt Mülheim" → agency), used only when the
 * file says nothing about the kind. Sectors are not guessed: a wrong Säule skews the E-I index.
 */
export function guessKindFromLabel(label: string): NodeKind | undefined {
  for (const word of normaliseWord(label).split(' ')) {
    const kind = word.length >= 3 ? KINDS.get(word) : undefined
    if (kind) return kind
  }
  return undefined
}

/** Splits a list cell ("Bildung | Wohnen", "Bildung; Wohnen") into its items. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[|;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}
