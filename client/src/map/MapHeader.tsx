import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Header } from '../ui/Header.tsx'

interface Props {
  readonly title: string
  readonly area?: string | undefined
  readonly readOnly: boolean
  /**
   * The connection badge. Passed in as an element that follows the connection state itself, so
   * that its changes (every save) re-render the badge, not the header around it.
   */
  readonly connection: ReactNode
  /** Map-wide controls beside the badges (view switch, help). */
  readonly children?: ReactNode
}

/** The map's banner: title and Sozialraum, the view-only badge, the connection state. */
export function MapHeader({ title, area, readOnly, connection, children }: Props) {
  const { t } = useTranslation()
  return (
    <Header>
      <div className="map-title">
        <h1>{title || t('map.untitled')}</h1>
        {area && <p className="map-area">{t('map.area', { area })}</p>}
      </div>
      {children}
      <div className="badges">
        {readOnly && (
          <p className="badge view-only" title={t('map.viewOnlyHint')}>
            <svg
              viewBox="0 0 24 24"
              width="16"
              height="16"
              aria-hidden="true"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
              <circle cx="12" cy="12" r="3" />
            </svg>
            {t('map.viewOnly')}
          </p>
        )}
        {connection}
      </div>
    </Header>
  )
}
