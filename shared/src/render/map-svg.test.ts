import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import { addEdge, addNode } from '../doc/mutations.ts'
import { type MapModel, readMap } from '../doc/read-map.ts'
import { writeMusterviertel } from '../samples/musterviertel.ts'
import { NODE_KINDS } from '../schema/vocabulary.ts'
import { renderMapSvg } from './map-svg.ts'
import { wrapText } from './svg-text.ts'

const HOSTILE = [
  '<script>alert(1)</script>',
  ']]><foreignObject><iframe src="https://evil.example"/></foreignObject>',
  '" onload="alert(1)',
  'Steuer\u0000zeichen\u001b und \uD800 Hälfte \uFFFE',
  '=HYPERLINK("http://evil.example")',
  '<use href="https://evil.example/x.svg#a"/>',
  '&amp; & < >',
]

function hostileMap(): MapModel {
  const doc = new Y.Doc()
  initMapDoc(doc, { title: '<script>alert("titel")</script>', area: ']]>&' })
  const ids = HOSTILE.map((label, i) =>
    addNode(doc, {
      kind: NODE_KINDS[i % NODE_KINDS.length] ?? 'provider',
      label,
      position: { x: i * 220, y: (i % 3) * 120 },
    }),
  )
  const [a, b, c] = ids
  if (!a || !b || !c) throw new Error('three nodes expected')
  addEdge(doc, { source: a, target: b, kind: 'funding' })
  addEdge(doc, { source: b, target: c, kind: 'tension', status: 'planned' })
  return readMap(doc)
}

/** Every text content of the parsed SVG, concatenated. */
function texts(node: unknown): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)]
  if (Array.isArray(node)) return node.flatMap(texts)
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) =>
      key.startsWith('@_') ? [] : texts(value),
    )
  return []
}

function elementNames(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(elementNames)
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) =>
      key.startsWith('@_') || key === '#text' ? [] : [key, ...elementNames(value)],
    )
  return []
}

function attributeNames(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(attributeNames)
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) =>
      key.startsWith('@_') ? [key.slice(2)] : attributeNames(value),
    )
  return []
}

const parse = (svg: string) =>
  new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(svg)

describe('renderMapSvg', () => {
  it('is well-formed XML with every label of a hostile map as plain text', () => {
    const svg = renderMapSvg(hostileMap(), { language: 'de', legend: true })
    expect(XMLValidator.validate(svg)).toBe(true)
    const all = texts(parse(svg)).join('\n')
    for (const label of HOSTILE) {
      // Labels are wrapped over lines and cut: every word of the first line must be there.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
      const clean = label.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uD800\uFFFE]/g, '')
      const first = wrapText(clean, 15, 3)[0] ?? ''
      expect(all).toContain(first.replace(/-$/, ''))
    }
    expect(all).toContain('<script>alert("titel")</script>')
  })

  it('contains no script, foreignObject, event handler or external reference', () => {
    const svg = renderMapSvg(hostileMap(), { language: 'en', legend: true })
    const names = elementNames(parse(svg))
    expect(names).not.toContain('script')
    expect(names).not.toContain('foreignObject')
    expect(names).not.toContain('use')
    expect(names).not.toContain('image')
    const attributes = attributeNames(parse(svg))
    expect(attributes.filter((a) => /^on|href$/i.test(a))).toEqual([])
    expect(svg).not.toMatch(/@import|@font-face|<style/i)
    // The only url() references are our own markers.
    for (const [, ref] of svg.matchAll(/url\(([^)]*)\)/g))
      expect(ref).toMatch(/^#qn-(end|start)-[a-z]+$/)
  })

  it('draws every actor and link of the sample map with title, Sozialraum and legend', () => {
    const doc = new Y.Doc()
    writeMusterviertel(doc)
    const model = readMap(doc)
    const svg = renderMapSvg(model, { language: 'de', legend: true })
    const all = texts(parse(svg)).join(' ')
    for (const node of model.nodes) {
      const words = wrapText(node.label, 15, 3)[0]?.replace(/-$/, '') ?? ''
      expect(all).toContain(words)
    }
    expect(all).toContain(model.meta.title)
    expect(all).toContain(`Sozialraum: ${model.meta.area}`)
    for (const legend of ['Akteursarten', 'Säulen / Ressorts', 'Verbindungen', 'Kooperation'])
      expect(all).toContain(legend)
    expect(svg.match(/<path d="M[^"]*" fill="none" stroke="#/g)?.length).toBeGreaterThanOrEqual(
      model.edges.length,
    )
  })

  it('marks planned links dashed, tension dotted, directions with arrowheads and strength by width', () => {
    const doc = new Y.Doc()
    initMapDoc(doc, { title: 'Stile' })
    const a = addNode(doc, { kind: 'provider', label: 'A', position: { x: 0, y: 0 } })
    const b = addNode(doc, { kind: 'service', label: 'B', position: { x: 400, y: 0 } })
    addEdge(doc, { source: a, target: b, kind: 'funding', status: 'planned', strength: 3 })
    addEdge(doc, { source: a, target: b, kind: 'tension', strength: 1 })
    const svg = renderMapSvg(readMap(doc), { language: 'de', legend: false })
    expect(svg).toMatch(
      /stroke="#0072B2" stroke-width="4"[^>]*stroke-dasharray="9 5" marker-end="url\(#qn-end-funding\)"/,
    )
    expect(svg).toMatch(/stroke="#D55E00" stroke-width="1.2"[^>]*stroke-dasharray="1 5"/)
    expect(svg).not.toContain('Akteursarten')
  })

  it('scales to a requested width and says so when the map is empty', () => {
    const doc = new Y.Doc()
    initMapDoc(doc, { title: 'Leer' })
    const svg = renderMapSvg(readMap(doc), { language: 'en', legend: true, width: 320 })
    expect(svg).toMatch(/<svg [^>]*width="320"/)
    expect(svg).toContain('The map is still empty.')
  })
})
