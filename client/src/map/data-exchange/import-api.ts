/*
 * The preview call of the import dialog: the server parses the file (so papaparse, exceljs and
 * the XML parser never load in the browser) and compares it with the map as stored.
 */

import type {
  ColumnMapping,
  ImportFormat,
  ImportPlan,
} from '../../../../shared/src/formats/import-plan.ts'
import type { DuplicateMode } from '../../../../shared/src/formats/resolve.ts'

export type PreviewResult =
  | { readonly kind: 'plan'; readonly plan: ImportPlan }
  /** 422: the file cannot be imported; the plan lists the row-level reasons. */
  | { readonly kind: 'invalid'; readonly plan: ImportPlan; readonly message: string }
  /** 413, 403 or anything else: the server's message in words. */
  | { readonly kind: 'failed'; readonly status: number; readonly message: string }

export interface PreviewRequest {
  readonly mapId: string
  readonly token: string
  readonly format: ImportFormat
  readonly files: readonly File[]
  readonly duplicates: DuplicateMode
  readonly mapping?: ColumnMapping
  readonly language: string
}

/** Asks the server what importing the files would do; changes nothing. */
export async function requestPreview(request: PreviewRequest): Promise<PreviewResult> {
  const { mapId, token, format, files, duplicates, mapping, language } = request
  const form = new FormData()
  for (const file of format === 'csv' ? files : files.slice(0, 1)) form.append('file', file)
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    'accept-language': language,
  }
  // A header value must be Latin-1; column names like „Säule“ are not always.
  if (mapping) headers['x-import-mapping'] = encodeURIComponent(JSON.stringify(mapping))
  const query = `?mode=preview&duplicates=${duplicates}`
  let response: Response
  try {
    response = await fetch(`/api/maps/${encodeURIComponent(mapId)}/import/${format}${query}`, {
      method: 'POST',
      headers,
      body: form,
    })
  } catch {
    return { kind: 'failed', status: 0, message: '' }
  }
  const body = (await response.json().catch(() => null)) as {
    plan?: ImportPlan
    error?: { message?: string }
  } | null
  const message = typeof body?.error?.message === 'string' ? body.error.message : ''
  if (response.ok && body?.plan) return { kind: 'plan', plan: body.plan }
  if (response.status === 422 && body?.plan) return { kind: 'invalid', plan: body.plan, message }
  return { kind: 'failed', status: response.status, message }
}
