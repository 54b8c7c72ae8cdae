/**
 * The view-decoration layer: how this participant's canvas shows nodes and links beyond what the
 * document says (filters, focus, search hits, analysis overlays). LOCAL to the browser tab — it is
 * never written to the Y.Doc and never sent through awareness.
 *
 * API for other features:
 *
 *   import { setLayer } from '../view/decorations.ts'
 *   setLayer('analysis', {
 *     nodes: new Map([[nodeId, { scale: 1.8, fill: '#e69f00', badge: 'isoliert' }]]),
 *     edges: new Map([[edgeId, { highlighted: true, accent: '#d55e00' }]]),
 *     otherNodes: { dimmed: true },      // optional: applies to every node not listed
 *   })
 *   setLayer('analysis', null)           // remove the overlay again
 *
 * Layers: 'filter' (legend + filter tab), 'focus' (Umfeld zeigen), 'search' (search hits),
 * 'analysis' (analysis panel). Each feature owns one layer and replaces it whole; layers are
 * combined per record by combineItem (hidden wins, then dimmed over highlighted, scales
 * multiply, for accent/fill/badge the first of search, focus, analysis, filter wins).
 *
 * Item fields (all optional): hidden, dimmed, highlighted, scale (0.5–3), accent (ring / link
 * colour), fill (node fill, mixed 45 % with white so the name stays readable), badge (short text on the node; give it meaning in words, never
 * colour alone). Pass Maps keyed by node / link id.
 *
 * Components read one record's combined look with useNodeDecoration(id) / useEdgeDecoration(id):
 * the value object stays the same while that record's look does not change, so only affected
 * nodes re-render when a layer changes (fast with 1 000 nodes).
 */
import { useSyncExternalStore } from 'react'
import { createStore } from '../../ui/store.ts'
import {
  combineItem,
  type Decoration,
  type ItemDecoration,
  type LayerName,
  type Layers,
  NO_DECORATION,
  sameDecoration,
} from './combine-decorations.ts'

export type { Decoration, ItemDecoration, LayerName } from './combine-decorations.ts'
export { NO_DECORATION } from './combine-decorations.ts'

/** All layers of the open map's view. */
export const decorationLayers = createStore<Layers>({})

/** Replaces one layer's decoration; null removes the layer. */
export function setLayer(name: LayerName, decoration: Decoration | null): void {
  const layers = decorationLayers.get()
  if ((layers[name] ?? null) === decoration) return
  decorationLayers.set({ ...layers, [name]: decoration })
}

/** Removes every layer (when a map is closed). */
export function clearLayers(): void {
  decorationLayers.set({})
}

interface Cached {
  layers: Layers
  value: ItemDecoration
}

const caches = { nodes: new Map<string, Cached>(), edges: new Map<string, Cached>() }

/**
 * The combined decoration of one record for the current layers. Returns the previous object when
 * the look did not change, so useSyncExternalStore bails out for unaffected records.
 */
export function decorationOf(kind: 'nodes' | 'edges', id: string): ItemDecoration {
  const layers = decorationLayers.get()
  const cache = caches[kind]
  const entry = cache.get(id)
  if (entry && entry.layers === layers) return entry.value
  const value = combineItem(layers, kind, id)
  if (entry) {
    entry.layers = layers
    if (!sameDecoration(entry.value, value)) entry.value = value
    return entry.value
  }
  if (value === NO_DECORATION) return value
  cache.set(id, { layers, value })
  return value
}

/** The combined decoration of one node; re-renders only when it changes. */
export function useNodeDecoration(id: string): ItemDecoration {
  return useSyncExternalStore(decorationLayers.subscribe, () => decorationOf('nodes', id))
}

/** The combined decoration of one link; re-renders only when it changes. */
export function useEdgeDecoration(id: string): ItemDecoration {
  return useSyncExternalStore(decorationLayers.subscribe, () => decorationOf('edges', id))
}

/** The class names a decoration adds to a node or link element. */
export function decorationClasses(d: ItemDecoration): string {
  let cls = ''
  if (d.hidden) cls += ' is-hidden'
  if (d.dimmed) cls += ' is-dimmed'
  if (d.highlighted) cls += ' is-highlighted'
  if (d.fill) cls += ' has-fill'
  if (d.accent) cls += ' has-accent'
  if (d.scale !== undefined) cls += ' is-scaled'
  return cls
}
