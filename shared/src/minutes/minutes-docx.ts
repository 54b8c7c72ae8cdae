/**
 * The minutes as an editable Word document (what administrations file). Imports `docx`, so the
 * client loads this module on demand only (`await import(...)`), never in its first bundle.
 */
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { stripXmlForbidden } from '../formats/text-safety.ts'
import type { ChangeLine, Minutes, MinutesPerson } from './minutes-model.ts'

export interface DocxOptions {
  /** The picture of the map (PNG), placed after the attendance. */
  readonly mapPng?: Uint8Array
}

// docx escapes XML's five specials itself but passes forbidden characters through, which makes
// Word refuse the whole file.
const clean = (text: string) => stripXmlForbidden(text).replace(/[\r\n\t]+/g, ' ')

const para = (text: string) => new Paragraph({ children: [new TextRun(clean(text))] })
const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    text: clean(text),
    heading:
      level === 1
        ? HeadingLevel.HEADING_1
        : level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
  })

function table(head: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text: clean(text || '—'), bold })] })],
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  })
}

/** Width and height of a PNG from its IHDR chunk; null when it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10]
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

function picture(png: Uint8Array, title: string) {
  const size = pngSize(png)
  if (!size || size.width === 0 || size.height === 0) return []
  // About 17 cm wide at 96 dpi: the text width of an A4 page with normal margins.
  const width = Math.min(640, size.width)
  const height = Math.round((size.height * width) / size.width)
  return [
    heading(title, 2),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width, height },
          altText: { name: clean(title), description: clean(title), title: clean(title) },
        }),
      ],
    }),
  ]
}

function people(title: string, list: readonly MinutesPerson[], m: Minutes) {
  if (list.length === 0) return [heading(title, 3), para(m.texts.nobody)]
  const t = m.texts
  return [
    heading(`${title} (${list.length})`, 3),
    table(
      [t.name, t.organisation],
      list.map((p) => [p.name, p.organisation ?? '']),
    ),
  ]
}

function changeTable(title: string, lines: readonly ChangeLine[], m: Minutes) {
  if (lines.length === 0) return []
  const t = m.texts
  return [
    heading(title, 3),
    table(
      [t.change, t.what, t.details, t.by],
      lines.map((l) => [
        l.changeLabel,
        `${l.what} (${l.kindLabel})`,
        l.details.join('; '),
        l.by ?? t.unknownAuthor,
      ]),
    ),
  ]
}

function sections(m: Minutes, options: DocxOptions) {
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
  const noChanges = m.changes.actors.length + m.changes.links.length === 0
  const points = m.openPoints.filter((p) => p.trim())
  return [
    heading(`${t.minutes}: ${h.body}${h.sessionTitle ? ` – ${h.sessionTitle}` : ''}`, 1),
    ...fields
      .filter(([, v]) => v)
      .map(
        ([k, v]) =>
          new Paragraph({
            children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(clean(v ?? ''))],
          }),
      ),
    heading(t.attendance, 2),
    ...people(t.present, m.attendance.present, m),
    ...people(t.absent, m.attendance.absent, m),
    ...(options.mapPng ? picture(options.mapPng, t.picture) : []),
    heading(t.changes, 2),
    ...(!m.hasSession ? [para(t.noSession)] : noChanges ? [para(t.noChanges)] : []),
    ...changeTable(t.actors, m.changes.actors, m),
    ...changeTable(t.links, m.changes.links, m),
    heading(t.agreements, 2),
    m.agreements.length === 0
      ? para(t.noAgreements)
      : table(
          [t.agreement, t.owner, t.due, t.concerns],
          m.agreements.map((a) => [a.text, a.owner ?? '', a.due ?? '', a.concerns.join(', ')]),
        ),
    heading(t.figures, 2),
    ...m.figures.flatMap((g) => [
      heading(g.title, 3),
      table(
        [t.figure, t.before, t.after],
        g.rows.map((r) => [r.label, r.before, r.after]),
      ),
    ]),
    heading(t.openPoints, 2),
    ...(points.length
      ? points.map((p) => new Paragraph({ text: clean(p), bullet: { level: 0 } }))
      : [para(t.noOpenPoints)]),
    heading(t.votes, 2),
    ...(m.votes.length === 0
      ? [para(t.noVotes)]
      : m.votes.flatMap((v) => [
          heading(`${v.question}${v.voters === null ? '' : ` (${v.voters} ${t.voters})`}`, 3),
          table(
            ['#', t.what, t.dots],
            v.ranking.map((r, i) => [String(i + 1), r.label, String(r.dots)]),
          ),
        ])),
  ]
}

/** The minutes as a DOCX file (headings, tables, the map picture), in the browser or on the server. */
export async function minutesToDocx(
  minutes: Minutes,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const document = new Document({
    title: clean(`${minutes.texts.minutes}: ${minutes.header.body}`),
    creator: 'Quartiersnetz',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children: sections(minutes, options) }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
