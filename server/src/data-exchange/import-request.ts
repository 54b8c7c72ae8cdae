import type { Context } from 'hono'
import { z } from 'zod'
import {
  type ColumnMapping,
  type DuplicateMode,
  EDGE_COLUMNS,
  type ImportFormat,
  NODE_COLUMNS,
} from '../../../shared/src/formats/index.ts'
import { exchangeError } from './exchange-errors.ts'

export interface ImportFile {
  readonly name: string
  readonly data: Uint8Array
}

/** What `POST /api/maps/:id/import/:format` asks for. */
export interface ImportRequest {
  readonly files: readonly ImportFile[]
  readonly mode: 'preview' | 'confirm'
  readonly duplicates: DuplicateMode
  readonly mapping?: ColumnMapping
}

export type ReadResult =
  | { readonly ok: true; readonly request: ImportRequest }
  | { readonly ok: false; readonly response: Response }

const nodeFields = new Set(NODE_COLUMNS.map((c) => c.field))
const edgeFields = new Set(EDGE_COLUMNS.map((c) => c.field))

/** The mapping the preview returned (`plan.mapping`), possibly edited by the user. */
const mappingSchema = z
  .array(
    z.object({
      sheet: z.string().max(200),
      role: z.enum(['actors', 'links']),
      headerRow: z.number().int().min(1).max(1000),
      columns: z
        .array(
          z.object({
            index: z.number().int().min(0).max(10_000),
            header: z.string().max(1000),
            field: z.string().nullable(),
          }),
        )
        .max(1000),
    }),
  )
  .max(100)
  .refine((tables) =>
    tables.every((t) =>
      t.columns.every(
        (col) =>
          col.field === null || (t.role === 'actors' ? nodeFields : edgeFields).has(col.field),
      ),
    ),
  )

/**
 * A mapping as JSON, or as `encodeURIComponent(JSON)`: a header value must be Latin-1, and
 * column names like „Säule“ or emoji are not always.
 */
export function parseMapping(raw: string): ColumnMapping | null {
  for (const text of [raw, safeDecode(raw)]) {
    if (text === null) continue
    try {
      const parsed = mappingSchema.safeParse(JSON.parse(text))
      if (parsed.success) return parsed.data
    } catch {
      // try the next reading
    }
  }
  return null
}

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/** Reads files, mode, duplicates and mapping; answers 400 for a bad parameter. */
export async function readImportRequest(c: Context, format: ImportFormat): Promise<ReadResult> {
  const fail = (response: Response): ReadResult => ({ ok: false, response })
  const mode = c.req.query('mode') ?? 'confirm'
  if (mode !== 'preview' && mode !== 'confirm') {
    return fail(exchangeError(c, 400, 'invalid_query', { detail: 'mode=preview|confirm' }))
  }
  const duplicates = c.req.query('duplicates') ?? 'merge'
  if (duplicates !== 'merge' && duplicates !== 'skip') {
    return fail(exchangeError(c, 400, 'invalid_query', { detail: 'duplicates=merge|skip' }))
  }
  const files: ImportFile[] = []
  let rawMapping = c.req.header('x-import-mapping') ?? c.req.query('mapping')
  if (/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
    const form = await c.req.formData()
    for (const entry of form.getAll('file')) {
      if (typeof entry === 'string') continue
      files.push({ name: entry.name.slice(0, 100) || 'CSV', data: await entry.bytes() })
    }
    const field = form.get('mapping')
    if (typeof field === 'string' && field.trim() !== '') rawMapping = field
    if (files.length > 1 && format !== 'csv') {
      return fail(exchangeError(c, 400, 'too_many_files', {}))
    }
  } else {
    files.push({ name: 'CSV', data: new Uint8Array(await c.req.arrayBuffer()) })
  }
  let mapping: ColumnMapping | undefined
  if (rawMapping !== undefined && rawMapping.trim() !== '') {
    const parsed = parseMapping(rawMapping)
    if (!parsed) return fail(exchangeError(c, 400, 'invalid_mapping', {}))
    mapping = parsed
  }
  return { ok: true, request: { files, mode, duplicates, ...(mapping ? { mapping } : {}) } }
}
