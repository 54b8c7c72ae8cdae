import type { Language } from '../../../shared/src/index.ts'
import type { ImportResult, MapSummary } from './target.ts'

const SEVERITY: Readonly<Record<string, Record<Language, string>>> = {
  fatal: { de: 'FEHLER', en: 'ERROR' },
  error: { de: 'übersprungen', en: 'skipped' },
  warning: { de: 'Hinweis', en: 'warning' },
  info: { de: 'Info', en: 'info' },
}

/** The import report as a person reads it in a terminal. */
export function importText(result: ImportResult, lang: Language): string {
  const { plan } = result
  const s = plan.stats
  const lines: string[] = []
  const de = lang === 'de'
  if (result.mode === 'invalid') {
    lines.push(
      de
        ? 'Die Datei kann nicht importiert werden; die Karte bleibt unverändert.'
        : 'The file cannot be imported; the map is unchanged.',
    )
  } else if (result.mode === 'preview') {
    lines.push(
      de
        ? `Probelauf – nichts geändert. Würde ${s.actorsToAdd} Akteure und ${s.linksToAdd} Verbindungen hinzufügen (${s.duplicatesOfMap + s.duplicatesInFile} Dubletten).`
        : `Dry run – nothing changed. Would add ${s.actorsToAdd} actors and ${s.linksToAdd} links (${s.duplicatesOfMap + s.duplicatesInFile} duplicates).`,
    )
  } else {
    const r = result.report
    lines.push(
      de
        ? `Importiert: ${r.actorsAdded} Akteure und ${r.linksAdded} Verbindungen hinzugefügt, ${r.actorsMerged} zusammengeführt, ${r.actorsSkipped} übersprungen.`
        : `Imported: added ${r.actorsAdded} actors and ${r.linksAdded} links, merged ${r.actorsMerged}, skipped ${r.actorsSkipped}.`,
    )
  }
  const problems = result.mode === 'confirm' ? result.report.problems : plan.problems
  for (const p of problems) {
    const where = p.sheet ? `[${p.sheet}] ` : ''
    lines.push(`  ${SEVERITY[p.severity]?.[lang] ?? p.severity}: ${where}${p.message[lang]}`)
  }
  return `${lines.join('\n')}\n`
}

/** The map list as an aligned table. */
export function listText(maps: readonly MapSummary[], lang: Language): string {
  if (maps.length === 0) return lang === 'de' ? 'Keine Karten.\n' : 'No maps.\n'
  const header =
    lang === 'de' ? ['ID', 'Angelegt', 'Titel', 'Sozialraum'] : ['ID', 'Created', 'Title', 'Area']
  const rows = maps.map((m) => [
    m.id,
    m.created.slice(0, 16).replace('T', ' '),
    m.title,
    m.area ?? '',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c))
      .join('  ')
      .trimEnd()
  return `${[line(header), ...rows.map(line)].join('\n')}\n`
}
