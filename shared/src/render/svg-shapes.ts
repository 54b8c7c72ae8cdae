import type { MapNode } from '../schema/node-record.ts'
import { escapeXml, num, wrapText } from './svg-text.ts'
import {
  NODE_GLYPHS,
  NODE_HEIGHT,
  NODE_SHAPES,
  NODE_WIDTH,
  NOTE_FILL,
  NOTE_STROKE,
  type NodeShape,
  sectorColor,
  TEXT_COLOR,
  tint,
} from './visual-language.ts'

const polygon = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')

/** The outline of a shape in a box, as SVG elements with the given paint attributes. */
export function shapeElements(
  shape: NodeShape,
  x: number,
  y: number,
  w: number,
  h: number,
  paint: string,
): string {
  switch (shape) {
    case 'rectangle':
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" ${paint}/>`
    case 'roundedRectangle':
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(h / 3)}" ${paint}/>`
    case 'ellipse':
      return `<ellipse cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${paint}/>`
    case 'hexagon': {
      const d = h / 2.5
      const pts = polygon([
        [x + d, y],
        [x + w - d, y],
        [x + w, y + h / 2],
        [x + w - d, y + h],
        [x + d, y + h],
        [x, y + h / 2],
      ])
      return `<polygon points="${pts}" ${paint}/>`
    }
    case 'doubleRectangle': {
      const inset = Math.min(4, h / 6)
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" ${paint}/><rect x="${num(x + inset)}" y="${num(y + inset)}" width="${num(w - 2 * inset)}" height="${num(h - 2 * inset)}" ${paint.replace(/fill="[^"]*"/, 'fill="none"')}/>`
    }
    case 'octagon': {
      const c = h / 3.2
      const pts = polygon([
        [x + c, y],
        [x + w - c, y],
        [x + w, y + c],
        [x + w, y + h - c],
        [x + w - c, y + h],
        [x + c, y + h],
        [x, y + h - c],
        [x, y + c],
      ])
      return `<polygon points="${pts}" ${paint}/>`
    }
    case 'stickyNote': {
      const f = Math.min(14, h / 3)
      const pts = polygon([
        [x, y],
        [x + w, y],
        [x + w, y + h - f],
        [x + w - f, y + h],
        [x, y + h],
      ])
      return `<polygon points="${pts}" ${paint}/><path d="M${num(x + w)} ${num(y + h - f)}h${num(-f)}v${num(f)}" fill="none" ${paint.replace(/fill="[^"]*"/, '')}/>`
    }
  }
}

/** The glyph of a kind scaled into a square of `size` at (x, y). */
export function glyphElement(node: MapNode, x: number, y: number, size: number): string {
  const scale = size / 16
  return `<path d="${NODE_GLYPHS[node.kind]}" transform="translate(${num(x)} ${num(y)}) scale(${num(scale)})" fill="none" stroke="${TEXT_COLOR}" stroke-width="${num(1.4 / scale)}" stroke-linecap="round" stroke-linejoin="round"/>`
}

/** Fill and stroke of a node: a sector tint with the sector colour as border; notes are yellow. */
export function nodePaint(node: MapNode): string {
  if (node.kind === 'note') return `fill="${NOTE_FILL}" stroke="${NOTE_STROKE}" stroke-width="1.5"`
  const color = sectorColor(node.sector)
  return `fill="${tint(color)}" stroke="${color}" stroke-width="2.5"`
}

/** The shape, glyph and wrapped, escaped label of one node at its position. */
export function nodeElements(node: MapNode): string {
  const { x, y } = node.position
  const shape = NODE_SHAPES[node.kind]
  const round = shape === 'ellipse' || shape === 'hexagon' || shape === 'octagon'
  const padX = round ? 22 : 10
  const lines = wrapText(node.label || '—', round ? 15 : 19, 3).map(escapeXml)
  const parts = [shapeElements(shape, x, y, NODE_WIDTH, NODE_HEIGHT, nodePaint(node))]
  parts.push(glyphElement(node, x + padX, y + NODE_HEIGHT / 2 - 8, 16))
  const textX = x + padX + 22
  const lineHeight = 15
  const firstY = y + NODE_HEIGHT / 2 - ((lines.length - 1) * lineHeight) / 2 + 4.5
  const tspans = lines
    .map(
      (line, i) => `<tspan x="${num(textX)}" y="${num(firstY + i * lineHeight)}">${line}</tspan>`,
    )
    .join('')
  parts.push(`<text font-size="13" fill="${TEXT_COLOR}">${tspans}</text>`)
  return `<g>${parts.join('')}</g>`
}
