import { createContext, useContext, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  EDGE_KINDS,
  type EdgeKind,
  NODE_KINDS,
  type NodeKind,
  SECTORS,
  type Sector,
} from '../../shared.ts'

/**
 * The words every node and link on the canvas shows, translated once per language for the
 * whole map. A thousand nodes each calling useTranslation() and t() made the first render of a
 * large map measurably slower (a hook with an i18next listener per node, several lookups with
 * interpolation per node and per link); a context value read by all of them costs nothing.
 */
export interface CanvasTexts {
  readonly kind: Readonly<Record<NodeKind, string>>
  readonly kindShort: Readonly<Record<NodeKind, string>>
  readonly sector: Readonly<Record<Sector, string>>
  readonly edgeKind: Readonly<Record<EdgeKind, string>>
  readonly planned: string
  readonly renameLabel: (kind: NodeKind) => string
  readonly connectHandle: (label: string) => string
}

/** What the nodes and links of the canvas draw with, shared by all of them. */
export interface CanvasLook {
  /**
   * Zoomed far out: names are what one can still read, so nodes leave out outline, icon and
   * kind caption and links leave out their written kind (SVG text for 1 500 links at 5 px).
   */
  readonly far: boolean
  readonly texts: CanvasTexts
}

export const CanvasLookContext = createContext<CanvasLook | null>(null)

export function useCanvasLook(): CanvasLook {
  const look = useContext(CanvasLookContext)
  if (!look) throw new Error('useCanvasLook outside MapCanvas')
  return look
}

// A placeholder no name contains: a text translated once with it becomes a cheap template.
export const HOLE = '\u0000'

/** `fill(t('key', { name: HOLE }))` → name => the text with the name in place, without i18next. */
export function fill(translated: string): (value: string) => string {
  const parts = translated.split(HOLE)
  return (value) => parts.join(value)
}

export const HOLE_2 = '\u0001'

/** Like fill, for a text with two names (HOLE and HOLE_2) in it. */
export function fill2(translated: string): (first: string, second: string) => string {
  const parts = translated.split(HOLE).map((part) => part.split(HOLE_2))
  return (first, second) => parts.map((part) => part.join(second)).join(first)
}

const table = <K extends string>(keys: readonly K[], word: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>

/** The canvas texts in the current UI language (recomputed when it changes). */
export function useCanvasTexts(): CanvasTexts {
  const { t, i18n } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the texts change with the language
  return useMemo(() => {
    const kind = table(NODE_KINDS, (k) => t(`kind.${k}`))
    return {
      kind,
      kindShort: table(NODE_KINDS, (k) => t(`kindShort.${k}`)),
      sector: table(SECTORS, (s) => t(`sector.${s}`)),
      edgeKind: table(EDGE_KINDS, (k) => t(`edgeKind.${k}`)),
      planned: t('edgeStatus.planned'),
      renameLabel: (k) => t('map.renameLabel', { kind: kind[k] }),
      connectHandle: fill(t('map.connectHandle', { label: HOLE })),
    }
  }, [t, i18n.resolvedLanguage])
}
