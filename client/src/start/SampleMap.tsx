import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../router/useRoute.ts'
import { ApiError, createMap } from './api.ts'

/** "Musterviertel": a button that creates one's own copy of the sample map and opens it. */
export function SampleMap() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function open() {
    setBusy(true)
    setError(null)
    try {
      const created = await createMap({
        title: t('sample.mapTitle'),
        area: 'Musterviertel-Nord',
        sample: 'musterviertel',
      })
      const target = new URL(created.editUrl, location.href)
      navigate(target.pathname + target.hash)
    } catch (e) {
      const message = e instanceof ApiError ? e.message : String(e)
      setError(t('sample.failed', { message }))
      setBusy(false)
    }
  }

  return (
    <section className="card sample-map" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sample.title')}</h2>
      <p>{t('sample.intro')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void open()}>
        {busy ? t('sample.busy') : t('sample.button')}
      </button>
    </section>
  )
}
