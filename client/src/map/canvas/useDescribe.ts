import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Describe } from './flow-types.ts'

/** Screen reader names for nodes and links, e.g. "Träger: Caritas", in the UI language. */
export function useDescribe(): Describe {
  const { t, i18n } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the texts change with the language
  return useMemo(
    () => ({
      node: (node) => t('map.nodeAria', { kind: t(`kind.${node.kind}`), label: node.label }),
      edge: (edge, source, target) =>
        t(edge.status === 'planned' ? 'map.edgeAriaPlanned' : 'map.edgeAria', {
          kind: t(`edgeKind.${edge.kind}`),
          source,
          target,
        }),
    }),
    [t, i18n.resolvedLanguage],
  )
}
