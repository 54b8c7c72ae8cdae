import {
  applyImportPlan,
  type ImportFormat,
  type ImportPlan,
  type ImportReport,
  planCsvImport,
  planImport,
} from '../../../shared/src/formats/index.ts'
import type { MapId, MapModel } from '../../../shared/src/index.ts'
import type { ImportRequest } from './import-request.ts'
import type { MapWriter } from './map-writer.ts'

export type ImportOutcome =
  | { readonly kind: 'invalid'; readonly plan: ImportPlan }
  | { readonly kind: 'preview'; readonly plan: ImportPlan }
  | { readonly kind: 'applied'; readonly plan: ImportPlan; readonly report: ImportReport }
  | { readonly kind: 'gone' }

/** Plans an import against the map as it is; one or more CSV files are planned together. */
export async function planFor(
  format: ImportFormat,
  request: Pick<ImportRequest, 'files' | 'mapping'>,
  existing: MapModel,
): Promise<ImportPlan> {
  const options = { existing, ...(request.mapping ? { mapping: request.mapping } : {}) }
  if (format === 'csv') return planCsvImport(request.files, options)
  return planImport(format, request.files[0]?.data ?? new Uint8Array(), options)
}

/**
 * The whole import, for the API and the command line alike: plan against the current map,
 * stop at a fatal problem or a preview, otherwise apply in one transaction through `writer`.
 */
export async function runImport(options: {
  readonly mapId: MapId
  readonly format: ImportFormat
  readonly request: ImportRequest
  readonly existing: MapModel
  readonly writer: MapWriter
}): Promise<ImportOutcome> {
  const { format, request, existing } = options
  const plan = await planFor(format, request, existing)
  if (!plan.ok) return { kind: 'invalid', plan }
  if (request.mode === 'preview') return { kind: 'preview', plan }
  // Our JSON carries title and Sozialraum; they replace the map's only when it is empty.
  const includeMeta = format === 'json' && existing.nodes.length === 0
  const report = await options.writer.write(options.mapId, (doc) =>
    applyImportPlan(doc, plan, { duplicates: request.duplicates, includeMeta }),
  )
  return report ? { kind: 'applied', plan, report } : { kind: 'gone' }
}
