import type { ExportFormat } from '../../../shared/src/formats/index.ts'

/**
 * An ASCII file name for an export, from the map's title: umlauts as ae/oe/ue/ss, other
 * letters without accents, everything else a dash. Titles may hold anything (quotes, slashes,
 * CR/LF), and a Content-Disposition header must not.
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const base =
    title
      .normalize('NFC')
      .replace(/Ä/g, 'Ae')
      .replace(/Ö/g, 'Oe')
      .replace(/Ü/g, 'Ue')
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'karte'
  return `${base}.${format}`
}

/** A Content-Disposition value that downloads the file under its safe name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`
}
