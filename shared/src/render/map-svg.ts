import type { MapModel } from '../doc/read-map.ts'
import type { MapNode } from '../schema/node-record.ts'
import type { Language } from '../schema/vocabulary.ts'
import { LEGEND_COLUMN_WIDTH, legendElements, legendHeight } from './svg-legend.ts'
import { linkBends, linkElement, markerDefs } from './svg-links.ts'
import { nodeElements } from './svg-shapes.ts'
import { escapeXml, num } from './svg-text.ts'
import { FONT_FAMILY, NODE_HEIGHT, NODE_WIDTH, TEXT_COLOR } from './visual-language.ts'

export interface MapSvgOptions {
  /** Heading above the map; the map's own title when absent. */
  readonly title?: string
  readonly language: Language
  /** Width of the image in pixels; the height follows. Default: the map's natural size. */
  readonly width?: number
  /** Draw the legend (kinds, sectors and link kinds in use). */
  readonly legend: boolean
}

/** The natural size of a rendered map, for callers that need it before rasterising. */
export interface MapSvgSize {
  readonly width: number
  readonly height: number
}

const PAD = 32
const HEADER = 78
const MARGIN = 48
const MIN_WIDTH = 640

const EMPTY = { de: 'Die Karte ist noch leer.', en: 'The map is still empty.' } as const
const AREA = { de: 'Sozialraum', en: 'Area' } as const

function bounds(nodes: readonly MapNode[]) {
  if (nodes.length === 0) return { minX: 0, minY: 0, width: 0, height: 0 }
  let minX = Number.POSITIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  let maxX = Number.NEGATIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  for (const { position } of nodes) {
    minX = Math.min(minX, position.x)
    minY = Math.min(minY, position.y)
    maxX = Math.max(maxX, position.x + NODE_WIDTH)
    maxY = Math.max(maxY, position.y + NODE_HEIGHT)
  }
  return { minX, minY, width: maxX - minX, height: maxY - minY }
}

/** Links drawn: both ends present (a dangling link is never shown, DESIGN.md §4). */
function drawableLinks(model: MapModel) {
  const byId = new Map(model.nodes.map((n) => [n.id as string, n]))
  return model.edges.flatMap((edge) => {
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    return source && target && source !== target ? [{ edge, source, target }] : []
  })
}

function header(model: MapModel, options: MapSvgOptions, width: number): string {
  const title = options.title ?? model.meta.title
  const parts = [
    `<text x="${PAD}" y="${PAD + 20}" font-size="24" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(title)}</text>`,
  ]
  if (model.meta.area)
    parts.push(
      `<text x="${PAD}" y="${PAD + 42}" font-size="14" fill="${TEXT_COLOR}">${escapeXml(`${AREA[options.language]}: ${model.meta.area}`)}</text>`,
    )
  parts.push(`<path d="M${PAD} ${HEADER}H${num(width - PAD)}" stroke="#CCCCCC" stroke-width="1"/>`)
  return parts.join('')
}

/**
 * The whole map as a standalone SVG document: title and Sozialraum on top, every actor with its
 * kind's shape and glyph in its sector's colour, every link in its kind's style, the legend
 * below. Pure text with all user text escaped: no script, no foreignObject, no external
 * reference, system fonts only — safe to open, print, rasterise or embed.
 */
export function renderMapSvg(model: MapModel, options: MapSvgOptions): string {
  const box = bounds(model.nodes)
  const legendRows = options.legend ? legendHeight(model, options.language) : 0
  const mapWidth = box.width + 2 * MARGIN
  const mapHeight = model.nodes.length === 0 ? 60 : box.height + 2 * MARGIN
  const width = Math.max(
    MIN_WIDTH,
    mapWidth + 2 * PAD,
    options.legend ? 3 * LEGEND_COLUMN_WIDTH + 2 * PAD : 0,
  )
  const mapTop = HEADER + 8
  const height = mapTop + mapHeight + legendRows + PAD
  const shiftX = (width - mapWidth) / 2 + MARGIN - box.minX
  const shiftY = mapTop + MARGIN - box.minY

  const links = drawableLinks(model)
  const bends = linkBends(links.map((l) => l.edge))
  const usedLinkKinds = new Set(links.map((l) => l.edge.kind))
  const drawing =
    model.nodes.length === 0
      ? `<text x="${PAD}" y="${mapTop + 36}" font-size="14" fill="${TEXT_COLOR}">${EMPTY[options.language]}</text>`
      : `<g transform="translate(${num(shiftX)} ${num(shiftY)})"><g>${links
          .map((l) => linkElement(l.edge, l.source, l.target, bends.get(l.edge.id) ?? 0))
          .join('')}</g><g>${model.nodes.map(nodeElements).join('')}</g></g>`
  const legend =
    legendRows > 0 ? legendElements(model, options.language, PAD, mapTop + mapHeight) : ''
  const scale = options.width && options.width > 0 ? options.width / width : 1
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width * scale)}" height="${num(height * scale)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${FONT_FAMILY.replace(/"/g, '')}" role="img">`,
    `<title>${escapeXml(options.title ?? model.meta.title)}</title>`,
    `<defs>${markerDefs(usedLinkKinds)}</defs>`,
    `<rect width="${num(width)}" height="${num(height)}" fill="#FFFFFF"/>`,
    header(model, options, width),
    drawing,
    legend,
    '</svg>',
  ].join('\n')
}
