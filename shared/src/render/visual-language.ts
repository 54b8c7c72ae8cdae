/**
 * The one visual language of a map: sector colours, the shape and glyph of each actor kind,
 * the line style of each link kind. The SVG/PNG export uses it now; the client canvas is meant
 * to read the same table, so a printed map and the live board look alike.
 */
import type { EdgeKind, EdgeStrength, NodeKind, Sector } from '../schema/vocabulary.ts'

/**
 * Sector colours: the Okabe–Ito palette (safe for the common colour-vision deficiencies),
 * extended by four colours of Paul Tol's "muted" scheme for the sectors beyond seven. Colour is
 * never the only cue: every actor also has its kind's shape and glyph, and the legend names it.
 */
export const SECTOR_COLORS: Readonly<Record<Sector, string>> = {
  youth: '#E69F00',
  social: '#56B4E9',
  health: '#009E73',
  education: '#F0E442',
  employment: '#0072B2',
  housing: '#D55E00',
  culture: '#CC79A7',
  environment: '#999933',
  integration: '#332288',
  civic: '#44AA99',
  sport: '#882255',
}
/** Actors without a sector. */
export const NO_SECTOR_COLOR = '#BBBBBB'
/** Notes are sticky notes, whatever sector they carry. */
export const NOTE_FILL = '#FFF4B3'
export const NOTE_STROKE = '#C9B037'
export const TEXT_COLOR = '#1A1A1A'
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

/** The colour of a sector (or of "no sector"). */
export function sectorColor(sector: Sector | undefined): string {
  return sector ? SECTOR_COLORS[sector] : NO_SECTOR_COLOR
}

/** A light tint of a colour (mixed with white), for node fills that keep dark text readable. */
export function tint(hex: string, amount = 0.72): string {
  const value = Number.parseInt(hex.slice(1), 16)
  const mix = (c: number) => Math.round(c + (255 - c) * amount)
  const r = mix((value >> 16) & 255)
  const g = mix((value >> 8) & 255)
  const b = mix(value & 255)
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`
}

export type NodeShape =
  | 'rectangle'
  | 'roundedRectangle'
  | 'ellipse'
  | 'hexagon'
  | 'doubleRectangle'
  | 'octagon'
  | 'stickyNote'

/** Shape per actor kind, so kinds stay apart in grey-scale prints too. */
export const NODE_SHAPES: Readonly<Record<NodeKind, NodeShape>> = {
  provider: 'rectangle',
  service: 'roundedRectangle',
  residentGroup: 'ellipse',
  resource: 'hexagon',
  agency: 'doubleRectangle',
  body: 'octagon',
  note: 'stickyNote',
}

/**
 * A small icon per kind as an SVG path in a 16×16 box, drawn as a stroke (no fill) so it reads
 * at any size: building, door, two people, coin, columns, round table, lines of text.
 */
export const NODE_GLYPHS: Readonly<Record<NodeKind, string>> = {
  provider: 'M2 15V5l6-4 6 4v10ZM5 8h2M9 8h2M5 11h2M9 11h2',
  service: 'M3 15V2h10v13M1 15h14M10 8.5v1',
  residentGroup:
    'M5 7a2 2 0 1 0 0-.1M11 7a2 2 0 1 0 0-.1M1 15c0-3 2-5 4-5s4 2 4 5M7 15c0-3 2-5 4-5s4 2 4 5',
  resource: 'M8 1a7 7 0 1 0 .1 0ZM8 4v8M5.5 6h4a1.5 1.5 0 0 1 0 3h-3a1.5 1.5 0 0 0 0 3h4',
  agency: 'M1 5 8 1l7 4ZM3 7v6M6.3 7v6M9.7 7v6M13 7v6M1 15h14',
  body: 'M8 5a3 3 0 1 0 .1 0ZM8 1v1.5M8 13.5V15M1.5 8H3M13 8h1.5',
  note: 'M3 4h10M3 7h10M3 10h10M3 13h6',
}

/** Node box in map units (React Flow positions are the top-left corner). */
export const NODE_WIDTH = 180
export const NODE_HEIGHT = 64

export interface LinkStyle {
  readonly color: string
  /** `stroke-dasharray` of an existing link of this kind; undefined = solid. */
  readonly dash?: string
}

/** Line colour and pattern per link kind; tension is the one dotted, warm-red line. */
export const LINK_STYLES: Readonly<Record<EdgeKind, LinkStyle>> = {
  cooperation: { color: '#3D3D3D' },
  funding: { color: '#0072B2' },
  referral: { color: '#009E73' },
  exchange: { color: '#7A7A7A' },
  operates: { color: '#332288' },
  member: { color: '#AA4499' },
  tension: { color: '#D55E00', dash: '1 5' },
}
/** Planned (agreed, not yet existing) links are dashed, whatever their kind. */
export const PLANNED_DASH = '9 5'

/** Line width per strength (1 loose, 2 regular, 3 close). */
export const STRENGTH_WIDTHS: Readonly<Record<EdgeStrength, number>> = { 1: 1.2, 2: 2.4, 3: 4 }
