import { type Context, Hono } from 'hono'
import type { ExportFormat } from '../../../../shared/src/formats/index.ts'
import type { Language, MapModel } from '../../../../shared/src/index.ts'
import { minutesToDocx } from '../../../../shared/src/minutes/minutes-docx.ts'
import { minutesToMarkdown } from '../../../../shared/src/minutes/minutes-markdown.ts'
import { buildMinutes } from '../../../../shared/src/minutes/minutes-model.ts'
import { renderMapSvg } from '../../../../shared/src/render/map-svg.ts'
import { attachment, exportFileName } from '../../data-exchange/file-name.ts'
import { loadMinutesInput, type MinutesSources } from '../../exports/minutes-source.ts'
import { renderPng } from '../../exports/render-png.ts'
import { apiError } from '../api-error.ts'
import { authorizeMap } from '../authorize-map.ts'
import { preferredLanguage } from '../language.ts'

const TYPES = {
  'minutes.md': 'text/markdown; charset=utf-8',
  'minutes.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
} as const
type PictureFormat = keyof typeof TYPES

/** Width of the PNG download and of the picture in the DOCX, in pixels. */
const PNG_WIDTH = 2400
const DOCX_PICTURE_WIDTH = 1600

function language(c: Context): Language {
  const lang = c.req.query('lang')
  return lang === 'en' || lang === 'de' ? lang : preferredLanguage(c.req.header('accept-language'))
}

/** `<title>-protokoll-<date>.md`-style ASCII names; the title part is made safe by exportFileName. */
function fileName(title: string, format: PictureFormat, date: string | undefined): string {
  // exportFileName only appends its format; ours are not data formats, so pass the bare extension.
  const extension = format.replace('minutes.', '')
  const base = exportFileName(title, extension as ExportFormat)
  if (!format.startsWith('minutes.')) return base
  const suffix = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-protokoll-${date}` : '-protokoll'
  return base.replace(/\.[a-z]+$/, `${suffix}.${extension}`)
}

function download(c: Context, format: PictureFormat, name: string, body: string | Uint8Array) {
  c.header('Content-Type', TYPES[format])
  c.header('Content-Disposition', attachment(name))
  c.header('X-Content-Type-Options', 'nosniff')
  // A downloaded SVG opened from our origin must not run anything, even if it could.
  if (format === 'svg')
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  return typeof body === 'string' ? c.body(body) : c.body(body.slice().buffer as ArrayBuffer)
}

/**
 * `GET /api/maps/:id/export/{minutes.md,minutes.docx,svg,png}` with any valid token, optionally
 * `?session=<id>` (default: the latest session) and `?lang=de|en`. The picture shows the whole
 * map as at the end of that session (the current map while it runs or when there is none).
 */
export function minutesExportRoutes(sources: MinutesSources): Hono {
  const app = new Hono()
  const formats = Object.keys(TYPES) as PictureFormat[]
  for (const format of formats) {
    app.get(`/maps/:id/export/${format}`, async (c) => {
      const access = await authorizeMap(sources.store, c)
      if (!access) return apiError(c, 404, 'not_found')
      const lang = language(c)
      const loaded = await loadMinutesInput(sources, access.mapId, c.req.query('session'), lang)
      if (!loaded) return apiError(c, 404, 'not_found')
      const { input } = loaded
      const map: MapModel = input.after
      const svg = () => renderMapSvg(map, { language: lang, legend: true })
      const name = fileName(input.mapTitle, format, input.session?.date)
      switch (format) {
        case 'svg':
          return download(c, format, name, svg())
        case 'png':
          return download(c, format, name, await renderPng(svg(), PNG_WIDTH))
        case 'minutes.md':
          return download(c, format, name, minutesToMarkdown(buildMinutes(input)))
        case 'minutes.docx': {
          const mapPng = await renderPng(svg(), DOCX_PICTURE_WIDTH)
          return download(c, format, name, await minutesToDocx(buildMinutes(input), { mapPng }))
        }
      }
    })
  }
  return app
}
