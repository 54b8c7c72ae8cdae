import { useTranslation } from 'react-i18next'
import { Header } from './Header.tsx'

/** A full page for a map that cannot be opened (unknown map, wrong link, no server). */
export function ErrorPage({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <>
      <Header />
      <main id="main" className="page narrow">
        <h1>{t('error.title')}</h1>
        <p role="alert">{message}</p>
        <p className="actions">
          <a className="button primary" href="/">
            {t('error.backToStart')}
          </a>
          {onRetry && (
            <button type="button" className="button" onClick={onRetry}>
              {t('error.retry')}
            </button>
          )}
        </p>
      </main>
    </>
  )
}
