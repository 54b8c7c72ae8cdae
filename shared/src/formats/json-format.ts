/**
 * Our own full-fidelity format: a versioned envelope around the validated map model. Importing
 * an export into an empty map gives the same map, ids included.
 */
import { z } from 'zod'
import type { MapModel } from '../doc/read-map.ts'
import { edgeRecordSchema } from '../schema/edge-record.ts'
import { metaRecordSchema } from '../schema/meta-record.ts'
import { nodeRecordSchema } from '../schema/node-record.ts'
import { decodeText } from './decode.ts'
import type { ImportPlan, PlannedEdge, PlannedNode, PlanOptions } from './import-plan.ts'
import { IMPORT_LIMITS } from './import-plan.ts'
import { type ImportProblem, problem } from './problems.ts'
import { finishPlan } from './resolve.ts'
import { dropLoneSurrogates } from './text-safety.ts'

export const JSON_FORMAT_VERSION = 1

export interface JsonExport {
  readonly format: 'quartiersnetz'
  readonly version: typeof JSON_FORMAT_VERSION
  readonly meta: MapModel['meta']
  readonly nodes: MapModel['nodes']
  readonly edges: MapModel['edges']
}

/** The map as our versioned JSON envelope (pretty-printed, stable order). */
export function exportJson(model: MapModel): string {
  const envelope: JsonExport = {
    format: 'quartiersnetz',
    version: JSON_FORMAT_VERSION,
    meta: model.meta,
    nodes: model.nodes,
    edges: model.edges,
  }
  // Lone surrogates would make the file invalid UTF-8 once encoded.
  return `${JSON.stringify(envelope, (_k, v) => (typeof v === 'string' ? dropLoneSurrogates(v) : v), 2)}\n`
}

const envelopeSchema = z.object({
  format: z.literal('quartiersnetz'),
  version: z.number().int(),
  meta: z.unknown().optional(),
  nodes: z.array(z.unknown()).max(IMPORT_LIMITS.maxActors),
  edges: z.array(z.unknown()).max(IMPORT_LIMITS.maxLinks),
})
const jsonNodeSchema = nodeRecordSchema.extend({ id: z.string() })
const jsonEdgeSchema = edgeRecordSchema.extend({ id: z.string() })

/** Plans the import of our JSON export; invalid records are problems with their index. */
export function parseJson(data: Uint8Array | string, options: PlanOptions = {}): ImportPlan {
  const problems: ImportProblem[] = []
  const empty = { format: 'json' as const, nodes: [], edges: [], mapping: [] }
  const size = typeof data === 'string' ? data.length : data.byteLength
  if (size > IMPORT_LIMITS.maxBytes) {
    return finishPlan({
      ...empty,
      problems: [problem('tooLarge', { limit: IMPORT_LIMITS.maxBytes })],
    })
  }
  let raw: unknown
  try {
    raw = JSON.parse(typeof data === 'string' ? data : decodeText(data).text)
  } catch (error) {
    return finishPlan({ ...empty, problems: [problem('unreadable', { detail: errorText(error) })] })
  }
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success) {
    const tooMany = envelope.error.issues.some((i) => i.code === 'too_big')
    const p = tooMany
      ? problem('tooManyRows', { limit: IMPORT_LIMITS.maxActors })
      : problem('unreadable', {
          detail: 'keine Quartiersnetz-JSON-Datei / not a Quartiersnetz JSON file',
        })
    return finishPlan({ ...empty, problems: [p] })
  }
  const nodes: PlannedNode[] = []
  envelope.data.nodes.forEach((item, i) => {
    const node = jsonNodeSchema.safeParse(item)
    if (!node.success) problems.push(invalid(i, 'nodes', node.error))
    else nodes.push({ row: i + 1, sheet: 'nodes', ...node.data })
  })
  const edges: PlannedEdge[] = []
  envelope.data.edges.forEach((item, i) => {
    const edge = jsonEdgeSchema.safeParse(item)
    if (!edge.success) problems.push(invalid(i, 'edges', edge.error))
    else {
      const { id, source, target, ...fields } = edge.data
      edges.push({
        row: i + 1,
        sheet: 'edges',
        id,
        from: { id: source },
        to: { id: target },
        ...fields,
      })
    }
  })
  const meta = metaRecordSchema.partial().safeParse(envelope.data.meta)
  const info = meta.success
    ? {
        ...(meta.data.title ? { title: meta.data.title } : {}),
        ...(meta.data.area ? { area: meta.data.area } : {}),
      }
    : {}
  return finishPlan({ ...empty, nodes, edges, problems, meta: info }, options.existing)
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)
}

function invalid(index: number, sheet: string, error: z.ZodError): ImportProblem {
  const detail = error.issues.map((i) => i.path.join('.') || i.code).join(', ')
  return problem('invalidRecord', { row: index + 1, sheet, detail })
}
