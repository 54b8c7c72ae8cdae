/**
 * The one shape every importer produces: what would be added, merged or skipped, and every
 * problem with its row. The UI shows it as the preview; the API returns it as JSON.
 */
import type { MapModel } from '../doc/read-map.ts'
import type { NodeId } from '../schema/ids.ts'
import type { Position } from '../schema/position.ts'
import type {
  EdgeDirection,
  EdgeKind,
  EdgeStatus,
  EdgeStrength,
  NodeKind,
  Sector,
  Theme,
} from '../schema/vocabulary.ts'
import type { ImportProblem } from './problems.ts'

export type ImportFormat = 'csv' | 'xlsx' | 'json' | 'graphml'
export type TableRole = 'actors' | 'links'

/** Hard limits, so a huge or hostile file gets a clear problem instead of hanging the server. */
export const IMPORT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** GraphML is verbose (yEd graphics): a map at the actor and link limits is about 22 MB. */
  maxXmlBytes: 32 * 1024 * 1024,
  maxActors: 20_000,
  maxLinks: 50_000,
} as const

export interface MappedColumn {
  /** 0-based column index in the sheet. */
  readonly index: number
  readonly header: string
  /** The node or edge field it fills (see NODE_COLUMNS / EDGE_COLUMNS), or null to ignore it. */
  readonly field: string | null
}

/** How one sheet or CSV file was understood; edit it and plan again to change the mapping. */
export interface TableMapping {
  readonly sheet: string
  readonly role: TableRole
  readonly headerRow: number
  readonly columns: readonly MappedColumn[]
}
export type ColumnMapping = readonly TableMapping[]

export interface PlannedNode {
  readonly row?: number
  readonly sheet?: string
  /** The file's own id, kept when it is a valid id not yet used in the map. */
  readonly id?: string
  readonly label: string
  readonly kind: NodeKind
  readonly sector?: Sector
  readonly themes?: readonly Theme[]
  readonly description?: string
  readonly planningArea?: string
  readonly website?: string
  readonly contact?: string
  readonly position?: Position
}

/** One end of a planned link: by the file's id and/or by label. */
export interface EndpointRef {
  readonly id?: string
  readonly label?: string
}

export interface PlannedEdge {
  readonly row?: number
  readonly sheet?: string
  readonly id?: string
  readonly from: EndpointRef
  readonly to: EndpointRef
  readonly kind: EdgeKind
  readonly status: EdgeStatus
  /** Absent: the default (2) is written. */
  readonly strength?: EdgeStrength
  /** Absent: the kind's default direction is written. */
  readonly direction?: EdgeDirection
  readonly note?: string
}

export interface DuplicateActor {
  readonly label: string
  readonly row?: number
  readonly sheet?: string
  /** The map's node with the same label (case and whitespace do not count). */
  readonly existingId?: NodeId
  /** The earlier row of the same file with the same label. */
  readonly firstRow?: number
}

export interface ImportStats {
  readonly actorsInFile: number
  readonly linksInFile: number
  readonly actorsToAdd: number
  readonly actorsCreatedForLinks: number
  readonly duplicatesOfMap: number
  readonly duplicatesInFile: number
  readonly linksToAdd: number
  readonly rowsSkipped: number
}

export interface MapInfo {
  readonly title?: string
  readonly area?: string
}

/** What a parser read from a file, before it is compared with the map. */
export interface ParsedImport {
  readonly format: ImportFormat
  readonly nodes: readonly PlannedNode[]
  readonly edges: readonly PlannedEdge[]
  readonly mapping: ColumnMapping
  readonly problems: readonly ImportProblem[]
  readonly meta?: MapInfo
}

/** The preview: the parsed file compared with the map it is about to go into. */
export interface ImportPlan extends ParsedImport {
  /** False when a fatal problem rejects the whole file; nothing may be applied then. */
  readonly ok: boolean
  readonly duplicates: readonly DuplicateActor[]
  readonly stats: ImportStats
}

/** The options every planner takes. */
export interface PlanOptions {
  /** The map the file goes into (for duplicates and link endpoints); empty when absent. */
  readonly existing?: MapModel
  /** A mapping the user edited in the preview; replaces the recognised one per sheet. */
  readonly mapping?: ColumnMapping
}

/** Duplicate key of a label: case, surrounding and repeated whitespace and Unicode form do not count. */
export function labelKey(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de')
}
