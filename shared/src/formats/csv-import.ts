/**
 * CSV import: an actor list or a link list (Kumu's Elements/Connections layout), written by
 * German Excel (`;`, Windows-1252, `sep=` line) or anything else (`,`, UTF-8 with or without BOM).
 */
import Papa from 'papaparse'
import { decodeText, looksBinary } from './decode.ts'
import type { ImportPlan, PlanOptions } from './import-plan.ts'
import { IMPORT_LIMITS } from './import-plan.ts'
import { type ImportProblem, problem } from './problems.ts'
import { finishPlan } from './resolve.ts'
import { parseTables, type Table } from './table-import.ts'
import { restoreNeutralised } from './text-safety.ts'

export type FileData = Uint8Array | string
export type CsvFile = FileData | { readonly name: string; readonly data: FileData }

/** Plans the import of one or more CSV files (e.g. nodes.csv and edges.csv together). */
export function planCsvImport(
  files: CsvFile | readonly CsvFile[],
  options: PlanOptions = {},
): ImportPlan {
  const list = Array.isArray(files) ? (files as readonly CsvFile[]) : [files as CsvFile]
  const problems: ImportProblem[] = []
  const tables: Table[] = []
  list.forEach((file, i) => {
    const named = typeof file === 'object' && 'name' in file ? file : null
    const name = named?.name ?? (list.length > 1 ? `CSV ${i + 1}` : 'CSV')
    const table = readCsvTable(name, named ? named.data : (file as FileData), problems)
    if (table) tables.push(table)
  })
  const fatal = problems.some((p) => p.severity === 'fatal')
  const parsed = fatal
    ? { format: 'csv' as const, nodes: [], edges: [], mapping: [], problems: [] }
    : parseTables('csv', tables, options.mapping)
  return finishPlan({ ...parsed, problems: [...problems, ...parsed.problems] }, options.existing)
}

/** Bytes or text → a table of strings, with encoding and size problems reported. */
export function readCsvTable(
  sheet: string,
  data: FileData,
  problems: ImportProblem[],
): Table | null {
  const size = typeof data === 'string' ? data.length : data.byteLength
  if (size > IMPORT_LIMITS.maxBytes) {
    problems.push(problem('tooLarge', { sheet, limit: IMPORT_LIMITS.maxBytes }))
    return null
  }
  let text: string
  if (typeof data === 'string') text = data.replace(/^\uFEFF/, '')
  else {
    if (looksBinary(data)) {
      problems.push(problem('binaryFile', { sheet }))
      return null
    }
    const decoded = decodeText(data)
    if (decoded.encoding === 'windows-1252') problems.push(problem('encodingFallback', { sheet }))
    if (decoded.suspicious) problems.push(problem('mixedEncoding', { sheet }))
    text = decoded.text
  }
  // German Excel may write a first line "sep=;" that names the delimiter.
  const sepLine = /^sep=(.)\r?\n/i.exec(text)
  const body = sepLine ? text.slice(sepLine[0].length) : text
  const maxRows = Math.max(IMPORT_LIMITS.maxActors, IMPORT_LIMITS.maxLinks) + 10
  const result = Papa.parse<string[]>(body, {
    delimiter: sepLine?.[1] ?? guessDelimiter(body),
    skipEmptyLines: false,
    preview: maxRows,
  })
  const broken = result.errors.find((e) => e.type === 'Quotes')
  if (broken) {
    const row = (broken.row ?? 0) + 1 + (sepLine ? 1 : 0)
    problems.push(problem('unclosedQuote', { sheet, row }))
    return null
  }
  const rows = result.data.map((cells) => cells.map((cell) => restoreNeutralised(cell)))
  if (sepLine) rows.unshift([])
  return { sheet, rows, truncated: result.meta.truncated && result.data.length >= maxRows }
}

const DELIMITERS = [';', ',', '\t', '|'] as const

/**
 * The delimiter is the candidate that occurs most often, outside quotes, in the first
 * non-empty line (the header). Papaparse's own guess needs many consistent rows and picks `,`
 * for a short German file.
 */
export function guessDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best: string = ';'
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d
  return best
}
