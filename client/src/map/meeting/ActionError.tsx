import { useTranslation } from 'react-i18next'

/** An API failure, said in words and announced. */
export function ActionError({ error }: { error: string | null }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <p role="alert" className="meeting-error">
      {t('meeting.failed', { message: error })}
    </p>
  )
}
