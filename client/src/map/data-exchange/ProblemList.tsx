import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProblem } from '../../../../shared/src/formats/problems.ts'
import { listedProblems } from './import-helpers.ts'

const ICONS: Readonly<Record<ImportProblem['severity'], string>> = {
  fatal: '⛔',
  error: '✖',
  warning: '⚠',
  info: 'ℹ',
}

/** Every problem with its row, severity by word and icon (never by colour alone). */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const lang = i18n.language.startsWith('en') ? 'en' : 'de'
  const { shown, more } = listedProblems(problems)
  const where = (p: ImportProblem) => {
    if (p.row === undefined) return p.sheet ?? t('dataExchange.whole')
    return p.sheet
      ? t('dataExchange.whereSheet', { sheet: p.sheet, row: p.row })
      : t('dataExchange.where', { row: p.row })
  }
  return (
    <section aria-labelledby={`${id}-problems`} className="import-section">
      <h3 id={`${id}-problems`}>{t('dataExchange.problems', { count: problems.length })}</h3>
      {shown.length === 0 ? (
        <p>{t('dataExchange.noProblems')}</p>
      ) : (
        <ul className="import-problems">
          {shown.map((p, i) => (
            // Problems have no id; their order is fixed for one plan.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} className={`import-problem import-problem--${p.severity}`}>
              <span className="import-problem__severity">
                <span aria-hidden="true">{ICONS[p.severity]} </span>
                {t(`dataExchange.severity.${p.severity}`)}
              </span>
              <span className="import-problem__where">{where(p)}</span>
              <span className="import-problem__text">{p.message[lang]}</span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p>{t('dataExchange.more', { count: more })}</p>}
    </section>
  )
}
