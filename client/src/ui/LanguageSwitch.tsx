import { useTranslation } from 'react-i18next'
import { LANGUAGES, switchLanguage } from '../i18n/index.ts'

/** DE/EN toggle; each button names its language so screen readers announce the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const current = i18n.resolvedLanguage ?? 'de'
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          title={t('language.switchTo', { language: t(`language.${language}`) })}
          onClick={() => void switchLanguage(language)}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${language}`)}</span>
        </button>
      ))}
    </fieldset>
  )
}
