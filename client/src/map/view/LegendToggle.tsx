import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  readonly name: string
  readonly shown: boolean
  readonly sample: ReactNode
  readonly onToggle: () => void
}

/** One legend entry that is also a filter switch: its sample, its name, and whether it is shown. */
export function LegendToggle({ name, shown, sample, onToggle }: Props) {
  const { t } = useTranslation()
  return (
    <li>
      <button
        type="button"
        className={`legend__item${shown ? '' : ' is-off'}`}
        aria-pressed={shown}
        onClick={onToggle}
      >
        <span className="legend__sample" aria-hidden="true">
          {sample}
        </span>
        <span className="legend__name">{name}</span>
        {/* The state is aria-pressed for screen readers; sighted users read it here. */}
        {!shown && (
          <span className="legend__state" aria-hidden="true">
            {t('view.hiddenState')}
          </span>
        )}
      </button>
    </li>
  )
}
