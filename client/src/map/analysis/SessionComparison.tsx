import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'
import {
  formatCount,
  formatIndex,
  formatPercent,
} from '../../../../shared/src/analysis/explain-format.ts'
import type { Language } from '../../../../shared/src/schema/vocabulary.ts'
import { useEditor } from '../editor/editor-context.ts'
import { readToken } from '../sync/token.ts'
import {
  fetchLatestSession,
  liveFigures,
  type SessionComparisonData,
  type SessionFigures,
} from './session-figures.ts'

/** Sessions start and end rarely; a look every half minute is enough. */
const REFRESH_MS = 30_000

interface Props {
  readonly current: MapAnalysis
  readonly language: Language
}

/** "Beginn der Sitzung vs. jetzt": the newest session's start figures next to today's. */
export function SessionComparison({ current, language }: Props) {
  const { t } = useTranslation()
  const { info } = useEditor()
  const [data, setData] = useState<SessionComparisonData | null>(null)
  useEffect(() => {
    const token = readToken(info.id)
    if (!token) return
    const controller = new AbortController()
    const load = () =>
      fetchLatestSession(info.id, token, controller.signal).then(setData, () => undefined)
    void load()
    const timer = setInterval(load, REFRESH_MS)
    return () => {
      controller.abort()
      clearInterval(timer)
    }
  }, [info.id])
  if (!data) return null

  const later = data.end ?? liveFigures(current)
  const rows: [string, (f: SessionFigures) => string][] = [
    [t('analysis.session.actors'), (f) => formatCount(f.actors, language)],
    [t('analysis.session.links'), (f) => formatCount(f.links, language)],
    [
      t('analysis.session.ei'),
      (f) => (f.eiIndex === null ? '–' : formatIndex(f.eiIndex, language)),
    ],
    [
      t('analysis.session.cross'),
      (f) => (f.crossSectorShare === null ? '–' : formatPercent(f.crossSectorShare, language)),
    ],
  ]
  return (
    <section className="analysis-figure" aria-label={t('analysis.session.title')}>
      <h3>{t('analysis.session.title')}</h3>
      <table className="analysis-session">
        <caption>{data.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.session.figure')}</th>
            <th scope="col">{t('analysis.session.start')}</th>
            <th scope="col">
              {data.running ? t('analysis.session.now') : t('analysis.session.end')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, show]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{show(data.start)}</td>
              <td>{show(later)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
