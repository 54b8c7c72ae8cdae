import type { ChangeLine, Minutes, MinutesPerson } from './minutes-model.ts'

const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * User text as inert Markdown inline text: control and bidi characters and broken UTF-16
 * dropped, line breaks folded (a table row stays a row), `< > &` as entities (no raw HTML),
 * and the Markdown-active punctuation backslash-escaped, so no emphasis, link, image, code
 * span, table cell, strikethrough or math can start inside a label; a leading `= + - @` is
 * escaped too (no list marker, no formula). `atLineStart` also escapes a leading `1.` / `1)`,
 * for text that opens a list item.
 */
export function escapeMarkdown(text: string, atLineStart = false): string {
  const inline = text
    .replace(LONE_SURROGATE, '')
    .replace(/[\r\n\t\u0085]+/g, ' ')
    .replace(CONTROL, '')
    .trim()
    .replace(/[\\`*_{}[\]()#|~!$^]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
  // A leading `=` is escaped everywhere, so a formula never reaches a pasted spreadsheet cell.
  const formulaSafe = inline.replace(/^([=+\-@])/, '\\$1')
  return atLineStart ? formulaSafe.replace(/^(\d+)([.)])/, '$1\\$2') : formulaSafe
}

const e = (text: string) => escapeMarkdown(text)

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || '—').join(' | ')} |`
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)]
}

function people(title: string, list: readonly MinutesPerson[], m: Minutes): string[] {
  const t = m.texts
  if (list.length === 0) return [`**${e(title)}:** ${e(t.nobody)}`, '']
  return [
    `**${e(title)}** (${list.length})`,
    '',
    ...table(
      [t.name, t.organisation],
      list.map((p) => [e(p.name), e(p.organisation ?? '')]),
    ),
    '',
  ]
}

function changeTable(title: string, lines: readonly ChangeLine[], m: Minutes): string[] {
  if (lines.length === 0) return []
  const t = m.texts
  return [
    `### ${e(title)}`,
    '',
    ...table(
      [t.change, t.what, t.details, t.by],
      lines.map((l) => [
        e(l.changeLabel),
        `${e(l.what)} (${e(l.kindLabel)})`,
        l.details.map(e).join('; '),
        e(l.by ?? t.unknownAuthor),
      ]),
    ),
    '',
  ]
}

function header(m: Minutes): string[] {
  const t = m.texts
  const h = m.header
  const fields: [string, string | null][] = [
    [t.body, h.body],
    [t.area, h.area],
    [t.session, h.sessionTitle],
    [t.date, h.date],
    [t.place, h.place],
    [t.facilitation, h.facilitation],
  ]
  return [
    `# ${e(t.minutes)}: ${e(h.body)}${h.sessionTitle ? ` – ${e(h.sessionTitle)}` : ''}`,
    '',
    ...fields.filter(([, v]) => v).map(([k, v]) => `- **${e(k)}:** ${e(v ?? '')}`),
    '',
  ]
}

function changes(m: Minutes): string[] {
  const t = m.texts
  const out = [`## ${e(t.changes)}`, '']
  if (!m.hasSession) return [...out, e(t.noSession), '']
  if (m.changes.actors.length + m.changes.links.length === 0) return [...out, e(t.noChanges), '']
  return [
    ...out,
    ...changeTable(t.actors, m.changes.actors, m),
    ...changeTable(t.links, m.changes.links, m),
  ]
}

function agreements(m: Minutes): string[] {
  const t = m.texts
  if (m.agreements.length === 0) return [`## ${e(t.agreements)}`, '', e(t.noAgreements), '']
  return [
    `## ${e(t.agreements)}`,
    '',
    ...table(
      [t.agreement, t.owner, t.due, t.concerns],
      m.agreements.map((a) => [
        e(a.text),
        e(a.owner ?? ''),
        e(a.due ?? ''),
        a.concerns.map(e).join(', '),
      ]),
    ),
    '',
  ]
}

function figures(m: Minutes): string[] {
  const t = m.texts
  return [
    `## ${e(t.figures)}`,
    '',
    ...m.figures.flatMap((group) => [
      `### ${e(group.title)}`,
      '',
      ...table(
        [t.figure, t.before, t.after],
        group.rows.map((r) => [e(r.label), e(r.before), e(r.after)]),
      ),
      '',
    ]),
  ]
}

function rest(m: Minutes): string[] {
  const t = m.texts
  const points = m.openPoints.filter((p) => p.trim())
  return [
    `## ${e(t.openPoints)}`,
    '',
    ...(points.length ? points.map((p) => `- ${escapeMarkdown(p, true)}`) : [e(t.noOpenPoints)]),
    '',
    `## ${e(t.votes)}`,
    '',
    ...(m.votes.length === 0
      ? [e(t.noVotes), '']
      : m.votes.flatMap((v) => [
          `### ${e(v.question)}${v.voters === null ? '' : ` (${v.voters} ${e(t.voters)})`}`,
          '',
          ...table(
            ['#', t.what, t.dots],
            v.ranking.map((r, i) => [String(i + 1), e(r.label), String(r.dots)]),
          ),
          '',
        ])),
  ]
}

/**
 * The minutes as CommonMark/GFM. Every text from the map or the participants is escaped, so
 * the file renders as the same inert text in any wiki, Nextcloud or intranet; the only
 * Markdown syntax in it is ours. `mapImage` names a picture file placed beside it, if any.
 */
export function minutesToMarkdown(minutes: Minutes, options: { mapImage?: string } = {}): string {
  const t = minutes.texts
  const picture =
    options.mapImage && /^[A-Za-z0-9._-]+$/.test(options.mapImage)
      ? [`## ${e(t.map)}`, '', `![${e(t.picture)}](${options.mapImage})`, '']
      : []
  return [
    ...header(minutes),
    `## ${e(t.attendance)}`,
    '',
    ...people(t.present, minutes.attendance.present, minutes),
    ...people(t.absent, minutes.attendance.absent, minutes),
    ...picture,
    ...changes(minutes),
    ...agreements(minutes),
    ...figures(minutes),
    ...rest(minutes),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n')
}
