/**
 * How one record (node or link) looks in this participant's view, beyond what the document says.
 * Every field is optional; an absent field means "no opinion" and leaves the look unchanged.
 */
export interface ItemDecoration {
  /** Not drawn at all (filters). Wins over everything else. */
  readonly hidden?: boolean
  /** Drawn faded (focus: everything outside the neighbourhood). Wins over `highlighted`. */
  readonly dimmed?: boolean
  /** Drawn with an emphasis ring (search hits, analysis findings). */
  readonly highlighted?: boolean
  /** Size factor (e.g. betweenness); factors of several layers multiply, clamped to 0.5–3. */
  readonly scale?: number
  /** Colour of the outline ring / link stroke (CSS colour). */
  readonly accent?: string
  /** Fill colour of a node (e.g. community); links ignore it. */
  readonly fill?: string
  /** A short text shown on the record (e.g. "isoliert", "12"). */
  readonly badge?: string
}

/** One layer's opinion about every node and link. */
export interface Decoration {
  readonly nodes?: ReadonlyMap<string, ItemDecoration>
  readonly edges?: ReadonlyMap<string, ItemDecoration>
  /** Applies to every node NOT listed in `nodes` (focus: dim all others). */
  readonly otherNodes?: ItemDecoration
  /** Applies to every link NOT listed in `edges`. */
  readonly otherEdges?: ItemDecoration
}

/**
 * The named layers, in priority order: for single-valued fields (accent, fill, badge) the
 * first layer in this order that sets the field wins.
 */
export const LAYER_NAMES = ['search', 'focus', 'analysis', 'filter'] as const
export type LayerName = (typeof LAYER_NAMES)[number]

export type Layers = Readonly<Partial<Record<LayerName, Decoration | null>>>

export const NO_DECORATION: ItemDecoration = Object.freeze({})

const MIN_SCALE = 0.5
const MAX_SCALE = 3

/** The decoration one layer gives a node or a link. */
function itemOf(
  layer: Decoration,
  kind: 'nodes' | 'edges',
  id: string,
): ItemDecoration | undefined {
  const listed = layer[kind]?.get(id)
  if (listed) return listed
  return kind === 'nodes' ? layer.otherNodes : layer.otherEdges
}

/**
 * Combines the layers' decorations of one record deterministically: hidden if any layer hides
 * it; dimmed if any layer dims it (and then not highlighted); scales multiply; for accent, fill
 * and badge the first layer in LAYER_NAMES order wins. Returns NO_DECORATION when nothing applies.
 */
export function combineItem(layers: Layers, kind: 'nodes' | 'edges', id: string): ItemDecoration {
  let hidden = false
  let dimmed = false
  let highlighted = false
  let scale = 1
  let accent: string | undefined
  let fill: string | undefined
  let badge: string | undefined
  let any = false
  for (const name of LAYER_NAMES) {
    const layer = layers[name]
    if (!layer) continue
    const item = itemOf(layer, kind, id)
    if (!item) continue
    any = true
    hidden ||= item.hidden === true
    dimmed ||= item.dimmed === true
    highlighted ||= item.highlighted === true
    if (item.scale !== undefined && Number.isFinite(item.scale)) scale *= item.scale
    accent ??= item.accent
    fill ??= item.fill
    badge ??= item.badge
  }
  if (!any) return NO_DECORATION
  if (hidden) return { hidden: true }
  const out: { -readonly [K in keyof ItemDecoration]: ItemDecoration[K] } = {}
  if (dimmed) out.dimmed = true
  else if (highlighted) out.highlighted = true
  if (scale !== 1) out.scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
  if (accent !== undefined) out.accent = accent
  if (fill !== undefined) out.fill = fill
  if (badge !== undefined) out.badge = badge
  return Object.keys(out).length === 0 ? NO_DECORATION : out
}

/** Whether two decorations look the same (so a component need not re-render). */
export function sameDecoration(a: ItemDecoration, b: ItemDecoration): boolean {
  return (
    a === b ||
    (a.hidden === b.hidden &&
      a.dimmed === b.dimmed &&
      a.highlighted === b.highlighted &&
      a.scale === b.scale &&
      a.accent === b.accent &&
      a.fill === b.fill &&
      a.badge === b.badge)
  )
}
