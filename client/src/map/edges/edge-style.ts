import {
  LINK_STYLES,
  PLANNED_DASH,
  STRENGTH_WIDTHS,
} from '../../../../shared/src/render/visual-language.ts'
import type { EdgeKind, EdgeStrength } from '../../shared.ts'

/**
 * Stroke colour per link kind, from the shared visual language (the export draws the same);
 * all reach 3:1 on white as lines. Link labels are written in LABEL_COLOR, not in these, since
 * text needs 4.5:1 — and the kind written on every link means colour is never the only cue.
 */
export const EDGE_COLORS: Readonly<Record<EdgeKind, string>> = {
  cooperation: LINK_STYLES.cooperation.color,
  funding: LINK_STYLES.funding.color,
  referral: LINK_STYLES.referral.color,
  exchange: LINK_STYLES.exchange.color,
  operates: LINK_STYLES.operates.color,
  member: LINK_STYLES.member.color,
  tension: LINK_STYLES.tension.color,
}

/** Text colour of link labels (≥ 4.5:1 on white and on the label's white halo). */
export const LABEL_COLOR = '#2b3440'

/**
 * How much longer dashes and gaps are drawn far out. A dash pattern is in map units, so far out
 * a planned link's dashes shrank to a pixel or two, hard to tell from a solid line, while the
 * browser still drew every one of them: redrawing the dashed links a drag passes over was most
 * of the drawing time per drag step on a 1 000-node map (client/bench/timeline.ts, RasterTask).
 * Four times longer, they stay legible and cost a quarter.
 */
export const FAR_DASH_SCALE = 4

/**
 * Planned links are dashed; tension is the dotted line (and stays dotted when only planned).
 * `far`: the pattern for the far zoom level (FAR_DASH_SCALE).
 */
export function edgeDash(kind: EdgeKind, planned: boolean, far = false): string | undefined {
  const dash =
    kind === 'tension' ? LINK_STYLES.tension.dash : planned ? PLANNED_DASH : LINK_STYLES[kind].dash
  if (!dash || !far) return dash
  return dash
    .split(/[\s,]+/)
    .map((length) => String(Number(length) * FAR_DASH_SCALE))
    .join(' ')
}

/** Line width by strength (1 loose … 3 close); selected or highlighted links are drawn bolder. */
export function edgeWidth(strength: EdgeStrength, emphasis: boolean): number {
  return STRENGTH_WIDTHS[strength] + (emphasis ? 1.75 : 0)
}
