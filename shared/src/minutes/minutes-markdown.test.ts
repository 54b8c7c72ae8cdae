import { describe, expect, it } from 'vitest'
import { minutesFixture } from './minutes-fixture.ts'
import { escapeMarkdown, minutesToMarkdown } from './minutes-markdown.ts'
import { buildMinutes } from './minutes-model.ts'

/** Labels a participant could type to break or script the minutes. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","klick")',
  '| broken | table',
  '**fett** _kursiv_ `code` ~~weg~~',
  '[klick](javascript:alert(1))',
  '![bild](http://tracker.example/p.png)',
  '# Überschrift',
  'Zeile 1\nZeile 2\r\n| x |',
  ']]><!-- kommentar -->',
  'Steuer\u0000zeichen\u0007 und \u001b[31m',
  'kaputt \uD800 und \uDC00 Hälften',
  '&lt; schon maskiert &amp;',
  'javascript:alert(1)',
  '<https://autolink.example>',
]

/** Markdown of the fixture with the hostile texts as actor labels, note, agreement and names. */
function hostileMarkdown(): string {
  const input = minutesFixture()
  const after = {
    ...input.after,
    nodes: input.after.nodes.map((n, i) => ({ ...n, label: HOSTILE[i % HOSTILE.length] ?? '' })),
  }
  const minutes = buildMinutes({
    ...input,
    mapTitle: HOSTILE[0] ?? '',
    area: HOSTILE[3],
    after,
    attendance: HOSTILE.map((name, i) => ({
      participantId: `p${i}`,
      name,
      organisation: HOSTILE[(i + 1) % HOSTILE.length],
      present: i % 2 === 0,
      firstSeenAt: i,
    })),
    agreements: input.agreements.map((a) => ({ ...a, text: HOSTILE[2] ?? '', owner: HOSTILE[4] })),
  })
  return minutesToMarkdown(minutes)
}

describe('minutes as Markdown', () => {
  it('has the sections of the minutes with the session data', () => {
    const md = minutesToMarkdown(buildMinutes(minutesFixture()))
    expect(md).toMatch(/^# Protokoll: Stadtteilkonferenz Kalk – 3\. Stadtteilkonferenz$/m)
    for (const heading of ['Anwesenheit', 'Was hat sich geändert', 'Verabredungen', 'Kennzahlen'])
      expect(md).toContain(`## ${heading}`)
    expect(md).toContain('| neu | Jugendamt (Fachamt / Verwaltung, Jugendhilfe) | — | Ben |')
    expect(md).toContain('Kooperationsvertrag vorbereiten')
    expect(md).toContain('- Raum für das Elterncafé klären')
    expect(md).not.toContain('Geheime Frage')
  })

  it('says so when the map has had no session yet', () => {
    const input = minutesFixture()
    const md = minutesToMarkdown(buildMinutes({ ...input, session: null, before: input.after }))
    expect(md).toContain('noch keine Sitzung gestartet')
  })

  it('turns every hostile label into inert text', () => {
    const md = hostileMarkdown()
    expect(md).not.toMatch(/<(script|img|!--|https)/i)
    expect(md).not.toMatch(/\]\(/) // no link or image syntax from user text
    expect(md).not.toMatch(/(?<!\\)`/)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(md).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(md).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    expect(md).toContain('&lt;script&gt;')
    expect(md).toContain('&amp;lt; schon maskiert &amp;amp;')
  })

  it('keeps every table row with the number of cells of its header', () => {
    const md = hostileMarkdown()
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length
    const lines = md.split('\n')
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('|') || lines[i - 1]?.startsWith('|')) continue
      const width = cells(line)
      for (let j = i + 1; lines[j]?.startsWith('|'); j++) expect(cells(lines[j] ?? '')).toBe(width)
    }
    // A label never starts a heading, list or table row of its own.
    expect(md).not.toMatch(/^(# Überschrift|\| broken|Zeile 2)/m)
  })

  it('escapes Markdown controls, formula starts and HTML in single texts', () => {
    expect(escapeMarkdown('=SUM(A1)')).toBe('\\=SUM\\(A1\\)')
    expect(escapeMarkdown('a*b_c [d](e) #f |g| `h`')).toBe(
      'a\\*b\\_c \\[d\\]\\(e\\) \\#f \\|g\\| \\`h\\`',
    )
    expect(escapeMarkdown('<b>&')).toBe('&lt;b&gt;&amp;')
    expect(escapeMarkdown('- Punkt')).toBe('\\- Punkt')
    expect(escapeMarkdown('1. Punkt', true)).toBe('1\\. Punkt')
    expect(escapeMarkdown('Datum 20.11.2026: gut')).toBe('Datum 20.11.2026: gut')
  })
})
