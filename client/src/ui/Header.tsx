import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { Logo } from './Logo.tsx'

/** The banner of every page: product name (a link home), page-specific content, language. */
export function Header({ children }: { children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <a className="brand" href="/">
        <Logo />
        <span>{t('app.name')}</span>
      </a>
      <div className="header-content">{children}</div>
      <LanguageSwitch />
    </header>
  )
}
