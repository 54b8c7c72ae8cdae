import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { minutesToDocx, pngSize } from './minutes-docx.ts'
import { minutesFixture } from './minutes-fixture.ts'
import { buildMinutes } from './minutes-model.ts'

/** A 2×1 PNG (red, white): just enough for Word to embed. */
const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DAwMDAAAAe/wH/q4bKLwAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
)

async function documentXml(docx: Uint8Array): Promise<{ xml: string; files: string[] }> {
  const zip = await JSZip.loadAsync(docx)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return { xml, files: Object.keys(zip.files) }
}

/** The visible text of document.xml: the contents of its w:t runs, entities decoded. */
const visibleText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) =>
      (m[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    .join(' ')

describe('minutes as DOCX', () => {
  it('is a Word document with headings, the changes, attendees, agreements and figures', async () => {
    const docx = await minutesToDocx(buildMinutes(minutesFixture()))
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]) // a ZIP container
    const { xml } = await documentXml(docx)
    const text = visibleText(xml)
    for (const expected of [
      'Protokoll: Stadtteilkonferenz Kalk – 3. Stadtteilkonferenz',
      'Bürgerhaus Kalk',
      'Anna',
      'Jugendamt',
      'Kita Sonnenschein',
      'Name: Kita → Kita Sonnenschein',
      'Ben',
      'Kooperationsvertrag vorbereiten',
      '15.12.2026',
      'Akteure insgesamt',
      'Raum für das Elterncafé klären',
      'Wo brauchen wir am dringendsten Kooperation?',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain('Geheime Frage')
    expect(xml).toContain('<w:tbl>')
    expect(xml).toMatch(/w:val="Heading1"/)
  })

  it('embeds the map picture as PNG', async () => {
    const docx = await minutesToDocx(buildMinutes(minutesFixture()), { mapPng: TINY_PNG })
    const { xml, files } = await documentXml(docx)
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true)
    expect(xml).toContain('<w:drawing>')
    expect(pngSize(TINY_PNG)).toEqual({ width: 2, height: 1 })
  })

  it('keeps hostile labels as text and drops what XML forbids', async () => {
    const input = minutesFixture()
    const hostile = '<script>x</script> ]]> =HYPERLINK("a") \u0000\u001b \uD800 | ** #'
    const docx = await minutesToDocx(
      buildMinutes({
        ...input,
        mapTitle: hostile,
        after: { ...input.after, meta: input.after.meta },
      }),
    )
    const { xml } = await documentXml(docx)
    expect(xml).not.toContain('<script>')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(visibleText(xml)).toContain('<script>x</script> ]]> =HYPERLINK("a")')
  })
})
