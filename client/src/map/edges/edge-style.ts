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

/** Planned links are dashed; tension is the dotted line (and stays dotted when only planned). */
export function edgeDash(kind: EdgeKind, planned: boolean): string | undefined {
  if (kind === 'tension') return LINK_STYLES.tension.dash
  if (planned) return PLANNED_DASH
  return LINK_STYLES[kind].dash
}

/** Line width by strength (1 loose … 3 close); selected or highlighted links are drawn bolder. */
export function edgeWidth(strength: EdgeStrength, emphasis: boolean): number {
  return STRENGTH_WIDTHS[strength] + (emphasis ? 1.75 : 0)
}
