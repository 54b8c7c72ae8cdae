import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, type CreatedMap, createMap } from './api.ts'

/** The "Neue Karte" form: Titel and Sozialraum, posted to the server. */
export function NewMapForm({ onCreated }: { onCreated: (map: CreatedMap) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const [title, setTitle] = useState('')
  const [area, setArea] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (title.trim() === '') {
      setError(t('start.titleRequired'))
      return
    }
    setBusy(true)
    setError(null)
    try {
      const trimmedArea = area.trim()
      onCreated(
        await createMap({ title: title.trim(), ...(trimmedArea ? { area: trimmedArea } : {}) }),
      )
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError('unknown', String(e))
      setError(
        apiError.code === 'network'
          ? t('start.networkError')
          : t('start.createFailed', { message: apiError.message }),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card new-map" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('start.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('start.titleLabel')}</label>
        <input
          id={`${id}-t`}
          name="title"
          required
          aria-required="true"
          aria-invalid={error === t('start.titleRequired') ? true : undefined}
          placeholder={t('start.titlePlaceholder')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-a`}>{t('start.areaLabel')}</label>
        <input
          id={`${id}-a`}
          name="area"
          placeholder={t('start.areaPlaceholder')}
          aria-describedby={`${id}-a-hint`}
          value={area}
          onChange={(e) => setArea(e.target.value)}
        />
        <p className="help" id={`${id}-a-hint`}>
          {t('start.areaHint')}
        </p>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('start.submitting') : t('start.submit')}
      </button>
    </form>
  )
}
