/**
 * One entry point per direction for the server routes, the CLI and the import dialog:
 * `planImport(format, bytes)` and `exportMap(format, model)` with media type and file name.
 */
import type { MapModel } from '../doc/read-map.ts'
import type { Language } from '../schema/vocabulary.ts'
import { type CsvDialect, exportEdgesCsv, exportNodesCsv } from './csv-export.ts'
import { planCsvImport } from './csv-import.ts'
import { exportGexf } from './gexf-export.ts'
import { exportGraphml } from './graphml-export.ts'
import { planGraphmlImport } from './graphml-import.ts'
import type { ImportFormat, ImportPlan, PlanOptions } from './import-plan.ts'
import { exportJson, parseJson } from './json-format.ts'
import { exportXlsx, planXlsxImport } from './xlsx.ts'

export const IMPORT_FORMATS: readonly ImportFormat[] = ['csv', 'xlsx', 'json', 'graphml']

export const EXPORT_FORMATS = ['json', 'nodes.csv', 'edges.csv', 'xlsx', 'graphml', 'gexf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Whether a string (e.g. a route parameter) names an import format. */
export const isImportFormat = (value: string): value is ImportFormat =>
  (IMPORT_FORMATS as readonly string[]).includes(value)
/** Whether a string (e.g. a route parameter) names an export format. */
export const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value)

/** Plans the import of one file (several CSV files: call planCsvImport with the list). */
export async function planImport(
  format: ImportFormat,
  data: Uint8Array,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  switch (format) {
    case 'csv':
      return planCsvImport(data, options)
    case 'xlsx':
      return planXlsxImport(data, options)
    case 'json':
      return parseJson(data, options)
    case 'graphml':
      return planGraphmlImport(data, options)
  }
}

export interface ExportOptions {
  readonly language?: Language
  readonly dialect?: CsvDialect
}

export interface ExportedFile {
  readonly body: string | Uint8Array
  readonly mediaType: string
  /** A safe file name (the title is not used: it may hold anything). */
  readonly fileName: string
}

const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  'nodes.csv': 'text/csv; charset=utf-8',
  'edges.csv': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
}

/** Exports a map in one format; serve it with Content-Disposition: attachment. */
export async function exportMap(
  format: ExportFormat,
  model: MapModel,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const file = (body: string | Uint8Array) => ({
    body,
    mediaType: MEDIA_TYPES[format],
    fileName: format.includes('.') ? format : `map.${format}`,
  })
  switch (format) {
    case 'json':
      return file(exportJson(model))
    case 'nodes.csv':
      return file(exportNodesCsv(model, options))
    case 'edges.csv':
      return file(exportEdgesCsv(model, options))
    case 'xlsx':
      return file(await exportXlsx(model, options))
    case 'graphml':
      return file(exportGraphml(model, options))
    case 'gexf':
      return file(exportGexf(model, options))
  }
}
