import { memo, useCallback, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'
import { counted } from '../../../../shared/src/analysis/explain-format.ts'
import type { Language } from '../../../../shared/src/schema/vocabulary.ts'
import { useEditor } from '../editor/editor-context.ts'
import './analysis.css'
import { GroupFigures } from './GroupFigures.tsx'
import { OverlayControls } from './OverlayControls.tsx'
import { SessionComparison } from './SessionComparison.tsx'
import { StructureFigures } from './StructureFigures.tsx'
import { useAnalysis } from './useAnalysis.ts'
import { useOverlays } from './useOverlays.ts'

const sizeOf = (a: MapAnalysis, language: Language) =>
  language === 'de'
    ? `${counted(a.actors, 'de', 'Akteur', 'Akteure')}, ${counted(a.links, 'de', 'Verbindung', 'Verbindungen')}`
    : `${counted(a.actors, 'en', 'actor', 'actors')}, ${counted(a.links, 'en', 'link', 'links')}`

const MemoStructure = memo(StructureFigures)
const MemoGroups = memo(GroupFigures)

/**
 * The sidebar's "Analyse" tab: the network figures of the map, live, each in one plain
 * sentence; entries select their actors; overlays change only this participant's view.
 */
export default function AnalysisPanel() {
  const { t, i18n } = useTranslation()
  const editor = useEditor()
  const { analysis, computing, error, model } = useAnalysis(editor.doc)
  useOverlays(analysis, model)
  const language: Language = i18n.language.startsWith('en') ? 'en' : 'de'
  // Dragging changes the model several times a second but no figure and no name: keep the
  // props of the figure lists identical then, so they do not re-render.
  const latest = useRef(model)
  latest.current = model
  const labelKey = model.nodes.map((n) => `${n.id}\u0000${n.label}`).join('\n')
  // biome-ignore lint/correctness/useExhaustiveDependencies: labelKey stands for the names
  const labels = useMemo(
    () => new Map(latest.current.nodes.map((n) => [n.id as string, n.label])),
    [labelKey],
  )
  const labelOf = useCallback((id: string) => labels.get(id) || t('analysis.unnamed'), [labels, t])
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new analysis means new areas
  const areaMembers = useMemo(() => {
    const members = new Map<string, string[]>()
    for (const n of latest.current.nodes) {
      const area = n.kind === 'note' ? undefined : n.planningArea?.trim()
      if (!area) continue
      const list = members.get(area)
      if (list) list.push(n.id)
      else members.set(area, [n.id])
    }
    return members
  }, [analysis])

  return (
    <div className="analysis-panel" aria-busy={computing}>
      <h2>{t('analysis.title')}</h2>
      <p role="status" className="analysis-status">
        {computing
          ? t('analysis.computing')
          : analysis
            ? t('analysis.summary', { summary: sizeOf(analysis, language) })
            : ''}
      </p>
      {error && (
        <p role="alert" className="analysis-error">
          {t('analysis.failed', { message: error })}
        </p>
      )}
      <OverlayControls />
      {analysis && (
        <div className={computing ? 'analysis-figures is-stale' : 'analysis-figures'}>
          <MemoStructure analysis={analysis} labelOf={labelOf} language={language} />
          <MemoGroups
            analysis={analysis}
            areaMembers={areaMembers}
            labelOf={labelOf}
            language={language}
          />
          <SessionComparison current={analysis} language={language} />
        </div>
      )}
    </div>
  )
}
