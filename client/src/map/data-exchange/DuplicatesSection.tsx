import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { DuplicateActor } from '../../../../shared/src/formats/import-plan.ts'
import type { DuplicateMode } from '../../../../shared/src/formats/resolve.ts'

interface Props {
  readonly duplicates: readonly DuplicateActor[]
  readonly mode: DuplicateMode
  readonly onMode: (mode: DuplicateMode) => void
}

const SHOWN = 200

/** Actors whose name is already in the map or earlier in the file: merge or skip them. */
export function DuplicatesSection({ duplicates, mode, onMode }: Props) {
  const { t } = useTranslation()
  const id = useId()
  if (duplicates.length === 0) {
    return <p className="import-section">{t('dataExchange.noDuplicates')}</p>
  }
  return (
    <fieldset className="import-section import-duplicates">
      <legend>{t('dataExchange.duplicates')}</legend>
      <p>{t('dataExchange.duplicatesIntro', { count: duplicates.length })}</p>
      <ul aria-label={t('dataExchange.duplicates')}>
        {duplicates.slice(0, SHOWN).map((d) => (
          <li key={`${d.sheet ?? ''} ${d.row ?? d.label}`}>
            {d.existingId
              ? t('dataExchange.duplicateOfMap', { label: d.label })
              : t('dataExchange.duplicateInFile', {
                  label: d.label,
                  row: d.row ?? '–',
                  first: d.firstRow ?? '–',
                })}
          </li>
        ))}
      </ul>
      {duplicates.length > SHOWN && (
        <p>{t('dataExchange.more', { count: duplicates.length - SHOWN })}</p>
      )}
      {(['merge', 'skip'] as const).map((value) => (
        <label key={value} className="import-choice">
          <input
            type="radio"
            name={`${id}-duplicates`}
            value={value}
            checked={mode === value}
            onChange={() => onMode(value)}
          />
          {t(`dataExchange.${value}`)}
        </label>
      ))}
    </fieldset>
  )
}
