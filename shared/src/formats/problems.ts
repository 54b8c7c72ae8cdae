/**
 * Every import problem a coordinator can meet, with its message in plain German and English.
 * `fatal` problems reject the whole file (the API answers 4xx); `error` skips one row;
 * `warning` keeps the row with a default; `info` only explains.
 */
import type { Labels } from '../schema/vocabulary.ts'

export type ProblemSeverity = 'fatal' | 'error' | 'warning' | 'info'

export interface ImportProblem {
  /** The row as a spreadsheet shows it (the header is row 1); absent for whole-file problems. */
  readonly row?: number
  /** The sheet or table the row belongs to (xlsx sheet name, "Akteure", "Verbindungen" …). */
  readonly sheet?: string
  /** The column header as written in the file. */
  readonly column?: string
  readonly severity: ProblemSeverity
  readonly code: ProblemCode
  readonly message: Labels
}

export interface ProblemParams {
  readonly row?: number
  readonly sheet?: string
  readonly column?: string
  readonly value?: string
  readonly fallback?: Labels
  readonly limit?: number
  readonly detail?: string
}

type Template = (p: ProblemParams) => { severity: ProblemSeverity; de: string; en: string }

const q = (value: string | undefined) => `„${shorten(value ?? '')}“`
const qe = (value: string | undefined) => `"${shorten(value ?? '')}"`
const num = (n: number | undefined) => (n ?? 0).toLocaleString('de-DE')
const numEn = (n: number | undefined) => (n ?? 0).toLocaleString('en-GB')

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

const TEMPLATES = {
  tooLarge: (p) => ({
    severity: 'fatal',
    de: `Die Datei ist zu groß (höchstens ${num(p.limit)} Bytes). Bitte in kleinere Dateien teilen.`,
    en: `The file is too large (at most ${numEn(p.limit)} bytes). Please split it.`,
  }),
  tooManyRows: (p) => ({
    severity: 'fatal',
    de: `Die Tabelle hat mehr als ${num(p.limit)} Zeilen. Bitte in kleinere Dateien teilen.`,
    en: `The table has more than ${numEn(p.limit)} rows. Please split it.`,
  }),
  emptyFile: () => ({
    severity: 'fatal',
    de: 'Die Datei enthält keine Daten.',
    en: 'The file contains no data.',
  }),
  binaryFile: () => ({
    severity: 'fatal',
    de: 'Das ist keine Textdatei. Eine Excel-Datei bitte als „xlsx“ importieren.',
    en: 'This is not a text file. Import an Excel file as "xlsx".',
  }),
  unreadable: (p) => ({
    severity: 'fatal',
    de: `Die Datei konnte nicht gelesen werden${p.detail ? `: ${p.detail}` : ''}.`,
    en: `The file could not be read${p.detail ? `: ${p.detail}` : ''}.`,
  }),
  unclosedQuote: (p) => ({
    severity: 'fatal',
    de: `Zeile ${p.row}: Ein Anführungszeichen wird nicht geschlossen; die Datei ist unvollständig.`,
    en: `Row ${p.row}: a quotation mark is never closed; the file is incomplete.`,
  }),
  doctypeNotAllowed: () => ({
    severity: 'fatal',
    de: 'Die Datei enthält eine DOCTYPE-Deklaration; das ist aus Sicherheitsgründen nicht erlaubt.',
    en: 'The file contains a DOCTYPE declaration, which is not allowed for security reasons.',
  }),
  missingColumn: (p) => ({
    severity: 'fatal',
    de: `Zeile ${p.row ?? 1}: Die Spalte ${q(p.column)} fehlt. Gefundene Spalten: ${p.detail || '(keine)'}.`,
    en: `Row ${p.row ?? 1}: the column ${qe(p.column)} is missing. Columns found: ${p.detail || '(none)'}.`,
  }),
  nothingToImport: () => ({
    severity: 'fatal',
    de: 'Die Datei enthält weder Akteure noch Verbindungen.',
    en: 'The file contains neither actors nor links.',
  }),
  encodingFallback: () => ({
    severity: 'info',
    de: 'Die Datei ist nicht UTF-8-kodiert; sie wurde als Windows-1252 (ältere Excel-Versionen) gelesen.',
    en: 'The file is not UTF-8; it was read as Windows-1252 (older Excel versions).',
  }),
  mixedEncoding: () => ({
    severity: 'warning',
    de: 'Die Datei mischt Zeichenkodierungen; Umlaute können falsch erscheinen (z. B. „Ã¤“ statt „ä“).',
    en: 'The file mixes character encodings; umlauts may look wrong (e.g. "Ã¤" instead of "ä").',
  }),
  ignoredColumn: (p) => ({
    severity: 'info',
    de: `Die Spalte ${q(p.column)} wird nicht übernommen.`,
    en: `The column ${qe(p.column)} is not imported.`,
  }),
  missingLabel: (p) => ({
    severity: 'error',
    de: `Zeile ${p.row}: Der Name fehlt – die Zeile wird übersprungen.`,
    en: `Row ${p.row}: the name is missing – the row is skipped.`,
  }),
  invalidRecord: (p) => ({
    severity: 'error',
    de: `Eintrag ${p.row} in ${q(p.sheet)} ist ungültig (${p.detail}) – übersprungen.`,
    en: `Entry ${p.row} in ${qe(p.sheet)} is invalid (${p.detail}) – skipped.`,
  }),
  labelTooLong: (p) => ({
    severity: 'warning',
    de: `Zeile ${p.row}: Der Name ist länger als ${num(p.limit)} Zeichen und wird gekürzt.`,
    en: `Row ${p.row}: the name is longer than ${numEn(p.limit)} characters and is shortened.`,
  }),
  unknownValue: (p) => ({
    severity: 'warning',
    de: `Zeile ${p.row}, Spalte ${q(p.column)}: ${q(p.value)} ist unbekannt${p.fallback ? ` – übernommen als ${q(p.fallback.de)}` : ' – wird weggelassen'}.`,
    en: `Row ${p.row}, column ${qe(p.column)}: ${qe(p.value)} is unknown${p.fallback ? ` – taken as ${qe(p.fallback.en)}` : ' – left out'}.`,
  }),
  notAWebsite: (p) => ({
    severity: 'warning',
    de: `Zeile ${p.row}, Spalte ${q(p.column)}: ${q(p.value)} ist keine Webadresse (http/https) – wird weggelassen.`,
    en: `Row ${p.row}, column ${qe(p.column)}: ${qe(p.value)} is not a web address (http/https) – left out.`,
  }),
  badNumber: (p) => ({
    severity: 'warning',
    de: `Zeile ${p.row}, Spalte ${q(p.column)}: ${q(p.value)} ist keine Zahl – wird ignoriert.`,
    en: `Row ${p.row}, column ${qe(p.column)}: ${qe(p.value)} is not a number – ignored.`,
  }),
  missingEndpoint: (p) => ({
    severity: 'error',
    de: `Zeile ${p.row}: Bei der Verbindung fehlt ${q(p.column)} – die Zeile wird übersprungen.`,
    en: `Row ${p.row}: the link has no ${qe(p.column)} – the row is skipped.`,
  }),
  unknownEndpoint: (p) => ({
    severity: 'error',
    de: `Zeile ${p.row}: Einen Akteur mit der ID ${q(p.value)} gibt es nicht – übersprungen.`,
    en: `Row ${p.row}: there is no actor with the ID ${qe(p.value)} – skipped.`,
  }),
  selfLoop: (p) => ({
    severity: 'error',
    de: `Zeile ${p.row}: Die Verbindung führt von ${q(p.value)} zu sich selbst – übersprungen.`,
    en: `Row ${p.row}: the link goes from ${qe(p.value)} to itself – skipped.`,
  }),
  endpointCreated: (p) => ({
    severity: 'info',
    de: `Zeile ${p.row}: ${q(p.value)} ist noch kein Akteur und wird neu angelegt.`,
    en: `Row ${p.row}: ${qe(p.value)} is not an actor yet and is created.`,
  }),
  duplicateColumn: (p) => ({
    severity: 'info',
    de: `Die Spalte ${q(p.column)} wird nicht übernommen, weil eine andere Spalte dasselbe Feld füllt.`,
    en: `The column ${qe(p.column)} is not imported because another column fills the same field.`,
  }),
  duplicateLink: (p) => ({
    severity: 'info',
    de: `Zeile ${p.row}: Diese Verbindung gibt es schon – sie wird nicht doppelt angelegt.`,
    en: `Row ${p.row}: this link exists already – it is not added twice.`,
  }),
  moreProblems: (p) => ({
    severity: 'info',
    de: `… und ${num(p.limit)} weitere Hinweise.`,
    en: `… and ${numEn(p.limit)} more notes.`,
  }),
} satisfies Record<string, Template>

export type ProblemCode = keyof typeof TEMPLATES

/** Builds a problem with its German and English message. */
export function problem(code: ProblemCode, params: ProblemParams = {}): ImportProblem {
  const { severity, de, en } = TEMPLATES[code](params)
  return {
    ...(params.row !== undefined ? { row: params.row } : {}),
    ...(params.sheet !== undefined ? { sheet: params.sheet } : {}),
    ...(params.column !== undefined ? { column: params.column } : {}),
    severity,
    code,
    message: { de, en },
  }
}
