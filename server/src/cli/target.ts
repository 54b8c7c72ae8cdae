import type {
  CsvDialect,
  ExportFormat,
  ImportFormat,
  ImportPlan,
  ImportReport,
} from '../../../shared/src/formats/index.ts'
import type { Language, MapId } from '../../../shared/src/index.ts'
import type { ImportFile } from '../data-exchange/import-request.ts'

export interface MapSummary {
  readonly id: string
  readonly title: string
  readonly area: string | null
  /** ISO 8601. */
  readonly created: string
}

export interface CreatedLinks {
  readonly id: string
  readonly editUrl: string
  readonly viewUrl: string
  readonly [more: string]: string
}

export type ImportResult =
  | { readonly mode: 'preview'; readonly plan: ImportPlan }
  | { readonly mode: 'confirm'; readonly plan: ImportPlan; readonly report: ImportReport }
  | { readonly mode: 'invalid'; readonly plan: ImportPlan }

/** Where the command line reads and writes maps: the storage directly or a running server. */
export interface Target {
  exportMap(
    mapId: MapId,
    format: ExportFormat,
    options: { readonly dialect?: CsvDialect; readonly language: Language },
  ): Promise<Uint8Array>
  importFiles(
    mapId: MapId,
    format: ImportFormat,
    files: readonly ImportFile[],
    options: { readonly dryRun: boolean; readonly duplicates: 'merge' | 'skip' },
  ): Promise<ImportResult>
  listMaps(): Promise<MapSummary[]>
  createMap(input: { readonly title: string; readonly area?: string }): Promise<CreatedLinks>
  close(): Promise<void>
}
