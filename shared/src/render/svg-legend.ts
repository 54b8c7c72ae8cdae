import type { MapModel } from '../doc/read-map.ts'
import type { MapNode } from '../schema/node-record.ts'
import {
  EDGE_KIND_DIRECTED,
  EDGE_KIND_LABELS,
  EDGE_KINDS,
  EDGE_STATUS_LABELS,
  EDGE_STRENGTH_LABELS,
  type Language,
  NODE_KIND_LABELS,
  NODE_KINDS,
  SECTOR_LABELS,
  SECTORS,
} from '../schema/vocabulary.ts'
import { glyphElement, nodePaint, shapeElements } from './svg-shapes.ts'
import { escapeXml, num } from './svg-text.ts'
import {
  LINK_STYLES,
  NO_SECTOR_COLOR,
  NODE_SHAPES,
  PLANNED_DASH,
  SECTOR_COLORS,
  STRENGTH_WIDTHS,
  TEXT_COLOR,
  tint,
} from './visual-language.ts'

const TEXTS = {
  de: {
    kinds: 'Akteursarten',
    sectors: 'Säulen / Ressorts',
    links: 'Verbindungen',
    none: 'ohne Säule',
    strength: 'Stärke',
  },
  en: {
    kinds: 'Kinds of actors',
    sectors: 'Sectors',
    links: 'Links',
    none: 'no sector',
    strength: 'Strength',
  },
} as const

export const LEGEND_COLUMN_WIDTH = 300
const ROW = 22

/** What one legend column draws: a heading and rows of (symbol, label). */
interface Column {
  readonly heading: string
  readonly rows: readonly { readonly symbol: string; readonly label: string }[]
}

function columns(model: MapModel, language: Language): Column[] {
  const t = TEXTS[language]
  const kinds = NODE_KINDS.filter((k) => model.nodes.some((n) => n.kind === k))
  const sectors = SECTORS.filter((s) =>
    model.nodes.some((n) => n.kind !== 'note' && n.sector === s),
  )
  const noSector = model.nodes.some((n) => n.kind !== 'note' && !n.sector)
  const linkKinds = EDGE_KINDS.filter((k) => model.edges.some((e) => e.kind === k))
  const sample = (kind: MapNode['kind']): string => {
    const node = { kind, position: { x: 0, y: 0 } } as MapNode
    return `${shapeElements(NODE_SHAPES[kind], 0, -8, 34, 18, nodePaint(node))}${glyphElement(node, 39, -8, 14)}`
  }
  const swatch = (color: string) =>
    `<rect x="0" y="-7" width="28" height="14" rx="3" fill="${tint(color)}" stroke="${color}" stroke-width="2.5"/>`
  const line = (color: string, width: number, dash?: string, arrow?: string) =>
    `<path d="M0 0H46" stroke="${color}" stroke-width="${num(width)}" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}${arrow ? ` marker-end="url(#${arrow})"` : ''}/>`
  const linkRows = linkKinds.map((kind) => ({
    symbol: line(
      LINK_STYLES[kind].color,
      STRENGTH_WIDTHS[2],
      LINK_STYLES[kind].dash,
      EDGE_KIND_DIRECTED[kind] ? `qn-end-${kind}` : undefined,
    ),
    label: EDGE_KIND_LABELS[kind][language],
  }))
  if (model.edges.length > 0) {
    linkRows.push({
      symbol: line('#555555', STRENGTH_WIDTHS[2], PLANNED_DASH),
      label: EDGE_STATUS_LABELS.planned[language],
    })
    const widths = ([1, 2, 3] as const).map(
      (s, i) =>
        `<path d="M${i * 17} 0h13" stroke="#555555" stroke-width="${num(STRENGTH_WIDTHS[s])}"/>`,
    )
    linkRows.push({
      symbol: widths.join(''),
      label: `${t.strength}: ${([1, 2, 3] as const).map((s) => EDGE_STRENGTH_LABELS[s][language]).join(' · ')}`,
    })
  }
  return [
    {
      heading: t.kinds,
      rows: kinds.map((k) => ({ symbol: sample(k), label: NODE_KIND_LABELS[k][language] })),
    },
    {
      heading: t.sectors,
      rows: [
        ...sectors.map((s) => ({
          symbol: swatch(SECTOR_COLORS[s]),
          label: SECTOR_LABELS[s][language],
        })),
        ...(noSector ? [{ symbol: swatch(NO_SECTOR_COLOR), label: t.none }] : []),
      ],
    },
    { heading: t.links, rows: linkRows },
  ].filter((column) => column.rows.length > 0)
}

/** The height the legend needs (0 for an empty map). */
export function legendHeight(model: MapModel, language: Language): number {
  const longest = Math.max(0, ...columns(model, language).map((c) => c.rows.length))
  return longest === 0 ? 0 : 34 + longest * ROW + 10
}

/** The legend as columns of symbols and labels, from (x, y) to the right. */
export function legendElements(model: MapModel, language: Language, x: number, y: number): string {
  return columns(model, language)
    .map((column, i) => {
      const left = x + i * LEGEND_COLUMN_WIDTH
      const rows = column.rows
        .map(
          (row, r) =>
            `<g transform="translate(${num(left)} ${num(y + 34 + r * ROW)})">${row.symbol}<text x="62" y="4.5" font-size="12" fill="${TEXT_COLOR}">${escapeXml(row.label)}</text></g>`,
        )
        .join('')
      return `<text x="${num(left)}" y="${num(y + 16)}" font-size="13" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(column.heading)}</text>${rows}`
    })
    .join('')
}
