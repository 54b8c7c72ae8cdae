/*
 * Pure helpers of the import dialog: the format a file name suggests, edits of the column
 * mapping, and the cap on how many problems the dialog lists.
 */
import { EDGE_COLUMNS, NODE_COLUMNS } from '../../../../shared/src/formats/columns.ts'
import type {
  ColumnMapping,
  ImportFormat,
  TableRole,
} from '../../../../shared/src/formats/import-plan.ts'
import type { ImportProblem } from '../../../../shared/src/formats/problems.ts'
import type { Labels } from '../../shared.ts'

export const IMPORT_FORMAT_CHOICES: readonly ImportFormat[] = ['csv', 'xlsx', 'json', 'graphml']

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  json: 'json',
  graphml: 'graphml',
  xml: 'graphml',
}

/** The import format a file name suggests ("Akteure.CSV" → csv), or null when unknown. */
export function formatFromFileName(name: string): ImportFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(name.trim())
  return (match && EXTENSIONS[match[1]?.toLowerCase() ?? '']) ?? null
}

/** The format of a selection of files: the first known extension wins, else CSV. */
export function formatOfFiles(names: readonly string[]): ImportFormat {
  for (const name of names) {
    const format = formatFromFileName(name)
    if (format) return format
  }
  return 'csv'
}

/** Only CSV takes several files at once (an actor list and a link list). */
export const takesSeveralFiles = (format: ImportFormat): boolean => format === 'csv'

export interface FieldChoice {
  readonly field: string
  readonly label: Labels
}

/** The fields a column of an actor or link table can fill, in the order of an export. */
export function fieldChoices(role: TableRole): readonly FieldChoice[] {
  const columns = role === 'actors' ? NODE_COLUMNS : EDGE_COLUMNS
  return columns.map((c) => ({ field: c.field, label: c.header }))
}

/**
 * The mapping with one column of one table set to a field (null: not imported). A field is
 * filled by one column only, so a column that had it before is cleared.
 */
export function setColumnField(
  mapping: ColumnMapping,
  sheet: string,
  index: number,
  field: string | null,
): ColumnMapping {
  return mapping.map((table) =>
    table.sheet !== sheet
      ? table
      : {
          ...table,
          columns: table.columns.map((column) => {
            if (column.index === index) return { ...column, field }
            if (field !== null && column.field === field) return { ...column, field: null }
            return column
          }),
        },
  )
}

/** Problems sorted for reading (fatal first, then by sheet and row), at most `max` of them. */
export function listedProblems(
  problems: readonly ImportProblem[],
  max = 500,
): { shown: readonly ImportProblem[]; more: number } {
  const rank = { fatal: 0, error: 1, warning: 2, info: 3 } as const
  const sorted = [...problems].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0),
  )
  return { shown: sorted.slice(0, max), more: Math.max(0, sorted.length - max) }
}
