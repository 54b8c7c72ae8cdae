import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EDGE_KINDS, type EdgeKind, NODE_KINDS, type NodeKind } from '../../shared.ts'
import { fill, fill2, HOLE, HOLE_2 } from './canvas-look.ts'
import type { Describe } from './flow-types.ts'

/**
 * Screen reader names for nodes and links, e.g. "Träger: Caritas", in the UI language. Every
 * record of a map is named when it opens (2 500 names for a large one), so the texts are
 * translated once per kind and the names filled in without going through i18next each time.
 */
export function useDescribe(): Describe {
  const { t, i18n } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the texts change with the language
  return useMemo(() => {
    const nodeText = new Map<NodeKind, (label: string) => string>(
      NODE_KINDS.map((kind) => [
        kind,
        fill(t('map.nodeAria', { kind: t(`kind.${kind}`), label: HOLE })),
      ]),
    )
    const edgeText = (key: string) =>
      new Map<EdgeKind, (source: string, target: string) => string>(
        EDGE_KINDS.map((kind) => [
          kind,
          fill2(t(key, { kind: t(`edgeKind.${kind}`), source: HOLE, target: HOLE_2 })),
        ]),
      )
    const actual = edgeText('map.edgeAria')
    const planned = edgeText('map.edgeAriaPlanned')
    return {
      node: (node) =>
        nodeText.get(node.kind)?.(node.label) ??
        t('map.nodeAria', { kind: t(`kind.${node.kind}`), label: node.label }),
      edge: (edge, source, target) =>
        (edge.status === 'planned' ? planned : actual).get(edge.kind)?.(source, target) ??
        t(edge.status === 'planned' ? 'map.edgeAriaPlanned' : 'map.edgeAria', {
          kind: t(`edgeKind.${edge.kind}`),
          source,
          target,
        }),
    }
  }, [t, i18n.resolvedLanguage])
}
