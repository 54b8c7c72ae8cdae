import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import {
  EXPORT_FORMATS,
  exportMap,
  IMPORT_FORMATS,
  IMPORT_LIMITS,
  type ImportFormat,
  type ImportPlan,
  isExportFormat,
  isImportFormat,
} from '../../../../shared/src/formats/index.ts'
import type { Language } from '../../../../shared/src/index.ts'
import type { MapReader } from '../../app/map-reader.ts'
import { exchangeError } from '../../data-exchange/exchange-errors.ts'
import { attachment, exportFileName } from '../../data-exchange/file-name.ts'
import { readImportRequest } from '../../data-exchange/import-request.ts'
import type { MapWriter } from '../../data-exchange/map-writer.ts'
import { runImport } from '../../data-exchange/run-import.ts'
import type { MapStore } from '../../storage/map-store.ts'
import { apiError } from '../api-error.ts'
import { authorizeMap } from '../authorize-map.ts'
import { preferredLanguage } from '../language.ts'

export interface DataExchangeRoutesOptions {
  readonly store: MapStore
  readonly reader: MapReader
  /** Where a confirmed import is written: the live document when a collab server runs. */
  readonly writer: MapWriter
}

/** The largest request body an import of this format accepts (GraphML is verbose). */
export const importBodyLimit = (format: string): number =>
  format === 'graphml' ? IMPORT_LIMITS.maxXmlBytes : IMPORT_LIMITS.maxBytes

/** Multipart framing around the file(s) must not count against the file's own limit. */
const MULTIPART_ALLOWANCE = 64 * 1024

const limitBody: MiddlewareHandler = (c, next) => {
  const format = c.req.param('format') ?? ''
  const limit = importBodyLimit(format)
  return bodyLimit({
    maxSize: limit + MULTIPART_ALLOWANCE,
    onError: (ctx) => exchangeError(ctx, 413, 'payload_too_large', { limit, format }, { limit }),
  })(c, next)
}

const EXPORT_PATTERN = EXPORT_FORMATS.map((f) => f.replace('.', '\\.')).join('|')

function exportLanguage(lang: string | undefined, accept: string | undefined): Language {
  return lang === 'en' || lang === 'de' ? lang : preferredLanguage(accept)
}

/** The problems of a plan in one language, for an error message. */
function fatalText(plan: ImportPlan, lang: Language): string {
  const fatal = plan.problems.filter((p) => p.severity === 'fatal')
  return (fatal.length > 0 ? fatal : plan.problems).map((p) => p.message[lang]).join(' ')
}

/**
 * `GET /api/maps/:id/export/:format` with any valid token and `POST /api/maps/:id/import/:format`
 * with an edit token (DESIGN.md §4).
 */
export function dataExchangeRoutes({ store, reader, writer }: DataExchangeRoutesOptions): Hono {
  const app = new Hono()

  // Only our formats match, so the minutes/picture exports (routes/exports.ts) can share the path.
  app.get(`/maps/:id/export/:format{${EXPORT_PATTERN}}`, async (c) => {
    const access = await authorizeMap(store, c)
    if (!access) return apiError(c, 404, 'not_found')
    const format = c.req.param('format')
    if (!isExportFormat(format)) return apiError(c, 404, 'not_found')
    const dialect = c.req.query('dialect')
    if (dialect !== undefined && dialect !== 'rfc4180' && dialect !== 'excel-de') {
      return exchangeError(c, 400, 'invalid_query', { detail: 'dialect=excel-de|rfc4180' })
    }
    const model = await reader.read(access.mapId)
    if (!model) return apiError(c, 404, 'not_found')
    const language = exportLanguage(c.req.query('lang'), c.req.header('accept-language'))
    const file = await exportMap(format, model, { language, ...(dialect ? { dialect } : {}) })
    c.header('Content-Type', file.mediaType)
    c.header('Content-Disposition', attachment(exportFileName(model.meta.title, format)))
    return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body))
  })

  app.post('/maps/:id/import/:format', limitBody, async (c) => {
    const access = await authorizeMap(store, c)
    if (!access) return apiError(c, 404, 'not_found')
    const format = c.req.param('format')
    if (!isImportFormat(format)) {
      return exchangeError(c, 404, 'unknown_format', { formats: IMPORT_FORMATS })
    }
    if (access.role === 'view') return exchangeError(c, 403, 'read_only', {})
    // While the facilitator has locked the map, participants' edit links write nothing, here too.
    if (access.role === 'edit' && (await store.getMap(access.mapId))?.locked) {
      return exchangeError(c, 403, 'locked', {})
    }
    const read = await readImportRequest(c, format as ImportFormat)
    if (!read.ok) return read.response
    const existing = await reader.read(access.mapId)
    if (!existing) return apiError(c, 404, 'not_found')
    const outcome = await runImport({
      mapId: access.mapId,
      format,
      request: read.request,
      existing,
      writer,
    })
    const lang = preferredLanguage(c.req.header('accept-language'))
    switch (outcome.kind) {
      case 'gone':
        return apiError(c, 404, 'not_found')
      case 'invalid':
        return exchangeError(
          c,
          422,
          'invalid_file',
          { detail: fatalText(outcome.plan, lang) },
          { plan: outcome.plan },
        )
      case 'preview':
        return c.json({ mode: 'preview', plan: outcome.plan })
      case 'applied':
        return c.json({ mode: 'confirm', plan: outcome.plan, report: outcome.report })
    }
  })

  return app
}
