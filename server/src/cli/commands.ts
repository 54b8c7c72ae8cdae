import { readFileSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import {
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  type ImportFormat,
  isExportFormat,
  isImportFormat,
} from '../../../shared/src/formats/index.ts'
import { isMapId, type Language, type MapId } from '../../../shared/src/index.ts'
import { CommandFailed, EXIT, UsageError } from './cli-errors.ts'
import { importText, listText } from './report-text.ts'
import type { Target } from './target.ts'

export interface Io {
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean }
  readonly lang: Language
}

function mapIdOf(value: string | undefined): MapId {
  if (value === undefined) {
    throw new UsageError('Die Karten-ID fehlt.', 'The map id is missing.')
  }
  if (!isMapId(value)) {
    throw new UsageError(
      `„${value}“ ist keine Karten-ID (22 Zeichen aus A–Z, a–z, 0–9, - und _).`,
      `"${value}" is not a map id (22 characters of A–Z, a–z, 0–9, - and _).`,
    )
  }
  return value
}

export interface ExportArgs {
  readonly positionals: readonly string[]
  readonly format?: string | undefined
  readonly out?: string | undefined
  readonly dialect?: string | undefined
}

export async function exportCommand(target: Target, args: ExportArgs, io: Io): Promise<number> {
  const mapId = mapIdOf(args.positionals[0])
  const format = args.format
  if (!format || !isExportFormat(format)) {
    throw new UsageError(
      `--format fehlt oder ist unbekannt; möglich: ${EXPORT_FORMATS.join(', ')}.`,
      `--format is missing or unknown; possible: ${EXPORT_FORMATS.join(', ')}.`,
    )
  }
  const dialect = args.dialect
  if (dialect !== undefined && dialect !== 'excel-de' && dialect !== 'rfc4180') {
    throw new UsageError(
      '--dialect ist excel-de oder rfc4180.',
      '--dialect is excel-de or rfc4180.',
    )
  }
  if (format === 'xlsx' && !args.out && io.stdout.isTTY) {
    throw new UsageError(
      'xlsx ist binär: bitte --out DATEI angeben oder die Ausgabe umleiten (> karte.xlsx).',
      'xlsx is binary: please give --out FILE or redirect the output (> map.xlsx).',
    )
  }
  const bytes = await target.exportMap(mapId, format, {
    language: io.lang,
    ...(dialect ? { dialect } : {}),
  })
  if (args.out) writeFileSync(args.out, bytes)
  else
    await new Promise<void>((resolve, reject) =>
      io.stdout.write(bytes, (e) => (e ? reject(e) : resolve())),
    )
  return EXIT.ok
}

function formatFromFile(file: string): ImportFormat | undefined {
  const ext = extname(file).slice(1).toLowerCase()
  const format = ext === 'xml' ? 'graphml' : ext
  return isImportFormat(format) ? format : undefined
}

export interface ImportArgs {
  readonly positionals: readonly string[]
  readonly format?: string | undefined
  readonly duplicates?: string | undefined
  readonly dryRun: boolean
  readonly json: boolean
}

export async function importCommand(target: Target, args: ImportArgs, io: Io): Promise<number> {
  const mapId = mapIdOf(args.positionals[0])
  const paths = args.positionals.slice(1)
  if (paths.length === 0) {
    throw new UsageError('Die Datei fehlt.', 'The file is missing.')
  }
  const format = args.format ?? formatFromFile(paths[0] ?? '')
  if (!format || !isImportFormat(format)) {
    throw new UsageError(
      `--format fehlt oder ist unbekannt; möglich: ${IMPORT_FORMATS.join(', ')}.`,
      `--format is missing or unknown; possible: ${IMPORT_FORMATS.join(', ')}.`,
    )
  }
  if (paths.length > 1 && format !== 'csv') {
    throw new UsageError(
      'Mehrere Dateien gehen nur bei csv (Akteure + Verbindungen).',
      'Several files only work for csv (actors + links).',
    )
  }
  const duplicates = args.duplicates ?? 'merge'
  if (duplicates !== 'merge' && duplicates !== 'skip') {
    throw new UsageError('--duplicates ist merge oder skip.', '--duplicates is merge or skip.')
  }
  const files = paths.map((path) => {
    try {
      return { name: basename(path), data: new Uint8Array(readFileSync(path)) }
    } catch {
      throw new CommandFailed(
        `Die Datei ${path} kann nicht gelesen werden.`,
        `Cannot read the file ${path}.`,
      )
    }
  })
  const result = await target.importFiles(mapId, format, files, { dryRun: args.dryRun, duplicates })
  io.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : importText(result, io.lang))
  return result.mode === 'invalid' ? EXIT.failed : EXIT.ok
}

export async function listCommand(target: Target, json: boolean, io: Io): Promise<number> {
  const maps = await target.listMaps()
  io.stdout.write(json ? `${JSON.stringify(maps, null, 2)}\n` : listText(maps, io.lang))
  return EXIT.ok
}

export async function createCommand(
  target: Target,
  args: { title?: string | undefined; area?: string | undefined; json: boolean },
  io: Io,
): Promise<number> {
  const title = args.title?.trim()
  if (!title || title.length > 200 || (args.area?.length ?? 0) > 200) {
    throw new UsageError(
      'Bitte --title mit 1 bis 200 Zeichen angeben (--area höchstens 200).',
      'Please give --title with 1 to 200 characters (--area at most 200).',
    )
  }
  const links = await target.createMap({ title, ...(args.area ? { area: args.area } : {}) })
  if (args.json) {
    io.stdout.write(`${JSON.stringify(links, null, 2)}\n`)
    return EXIT.ok
  }
  const de = io.lang === 'de'
  const names: Record<string, string> = de
    ? { editUrl: 'Bearbeiten', viewUrl: 'Ansehen', facilitatorUrl: 'Moderation' }
    : { editUrl: 'Edit', viewUrl: 'View', facilitatorUrl: 'Facilitate' }
  const lines = [de ? `Karte angelegt: ${links.id}` : `Map created: ${links.id}`]
  for (const [key, value] of Object.entries(links)) {
    if (key.endsWith('Url')) lines.push(`  ${names[key] ?? key}: ${value}`)
  }
  lines.push(
    de
      ? 'Die Links werden nur dieses eine Mal gezeigt – bitte jetzt sicher aufbewahren.'
      : 'The links are shown this once only – please keep them safe now.',
  )
  io.stdout.write(`${lines.join('\n')}\n`)
  return EXIT.ok
}
