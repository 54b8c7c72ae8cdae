import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Header } from '../ui/Header.tsx'
import type { CreatedMap } from './api.ts'
import { CreatedLinks } from './CreatedLinks.tsx'
import { HowItWorks } from './HowItWorks.tsx'
import { NewMapForm } from './NewMapForm.tsx'
import { RecentMaps } from './RecentMaps.tsx'
import { SampleMap } from './SampleMap.tsx'
import './start.css'

/** The start page: what Quartiersnetz is, a form to create a map, recent maps, the sample. */
export function StartPage() {
  const { t } = useTranslation()
  const [created, setCreated] = useState<CreatedMap | null>(null)
  return (
    <>
      <Header />
      <main id="main" className="page narrow start-grid">
        <h1>{t('app.tagline')}</h1>
        <p className="lead">{t('start.intro')}</p>
        {created ? (
          <CreatedLinks map={created} onAnother={() => setCreated(null)} />
        ) : (
          <NewMapForm onCreated={setCreated} />
        )}
        <HowItWorks />
        <RecentMaps />
        <SampleMap />
      </main>
    </>
  )
}
