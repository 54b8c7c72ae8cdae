/**
 * nodes.csv and edges.csv. `excel-de` (default) is what German Excel opens with a double click:
 * `;`, UTF-8 BOM, CRLF, decimal comma. `rfc4180` is `,`, no BOM, decimal point. Text cells a
 * spreadsheet would run as a formula get a leading `'` (OWASP); numbers stay numbers.
 */
import Papa from 'papaparse'
import type { MapModel } from '../doc/read-map.ts'
import type { NodeId } from '../schema/ids.ts'
import type { Language } from '../schema/vocabulary.ts'
import {
  type CellValue,
  type Column,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  type WriteContext,
} from './columns.ts'
import { dropLoneSurrogates, neutraliseFormula } from './text-safety.ts'

export type CsvDialect = 'excel-de' | 'rfc4180'

export interface CsvExportOptions {
  readonly dialect?: CsvDialect
  readonly language?: Language
}

/** The list separator inside one cell (themes); `|` as Kumu uses it, never `;` or `,`. */
export const LIST_SEPARATOR = ' | '

/** The actors of a map as CSV text (prepend nothing: the BOM is included for excel-de). */
export function exportNodesCsv(model: MapModel, options: CsvExportOptions = {}): string {
  return toCsv(NODE_COLUMNS, model.nodes, writeContext(model, options), options.dialect)
}

/** The links of a map as CSV text, ends by label and by id. */
export function exportEdgesCsv(model: MapModel, options: CsvExportOptions = {}): string {
  return toCsv(EDGE_COLUMNS, model.edges, writeContext(model, options), options.dialect)
}

/** The context every tabular export writes with: words in the language, labels by node id. */
export function writeContext(model: MapModel, options: { language?: Language }): WriteContext {
  const labels = new Map<NodeId, string>(model.nodes.map((n) => [n.id, n.label]))
  return {
    language: options.language ?? 'de',
    human: true,
    labelOf: (id) => labels.get(id) ?? '',
  }
}

/** One cell as safe text: lists joined, numbers in the dialect's notation, formulas neutralised. */
export function csvCell(value: CellValue | undefined, decimalComma: boolean): string {
  if (value === undefined) return ''
  if (typeof value === 'number') {
    const text = String(value)
    return decimalComma ? text.replace('.', ',') : text
  }
  const text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR)
  return neutraliseFormula(dropLoneSurrogates(text))
}

function toCsv<Item>(
  columns: readonly Column<never, Item>[],
  items: readonly Item[],
  ctx: WriteContext,
  dialect: CsvDialect = 'excel-de',
): string {
  const excel = dialect === 'excel-de'
  const header = columns.map((c) => neutraliseFormula(c.header[ctx.language]))
  const rows = items.map((item) => columns.map((c) => csvCell(c.write(item, ctx), excel)))
  const text = Papa.unparse([header, ...rows], {
    delimiter: excel ? ';' : ',',
    newline: '\r\n',
    quotes: false,
    // Our own neutralisation above; papaparse's escapeFormulae would add a second quote.
    escapeFormulae: false,
  })
  return `${excel ? '\uFEFF' : ''}${text}\r\n`
}
