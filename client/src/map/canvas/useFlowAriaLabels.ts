import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** React Flow's built-in screen reader texts and control labels, in the UI language. */
export function useFlowAriaLabels() {
  const { t, i18n } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the texts change with the language
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('rf.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('rf.nodeDescriptionKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({
        direction,
        x,
        y,
      }: {
        direction: string
        x: number
        y: number
      }) =>
        t('rf.moved', {
          direction: t(`rf.direction.${direction}`, { defaultValue: direction }),
          x: Math.round(x),
          y: Math.round(y),
        }),
      'edge.a11yDescription.default': t('rf.edgeDescription'),
      'controls.ariaLabel': t('rf.controls'),
      'controls.zoomIn.ariaLabel': t('rf.zoomIn'),
      'controls.zoomOut.ariaLabel': t('rf.zoomOut'),
      'controls.fitView.ariaLabel': t('rf.fitView'),
      'controls.interactive.ariaLabel': t('rf.interactive'),
      'minimap.ariaLabel': t('rf.minimap'),
      'handle.ariaLabel': t('rf.handle'),
    }),
    [t, i18n.resolvedLanguage],
  )
}
