import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useRoute } from './router/useRoute.ts'
import { StartPage } from './start/StartPage.tsx'
import { ErrorPage } from './ui/ErrorPage.tsx'

// The map (React Flow, Yjs, the provider) is only loaded when a map is opened, so the start
// page stays light.
const MapPage = lazy(() => import('./map/MapPage.tsx'))

export function App() {
  const route = useRoute()
  const { t } = useTranslation()
  switch (route.page) {
    case 'start':
      return <StartPage />
    case 'map':
      return (
        <Suspense fallback={<p className="loading">{t('map.loading')}</p>}>
          <MapPage key={route.mapId} mapId={route.mapId} />
        </Suspense>
      )
    case 'notFound':
      return <ErrorPage message={t('error.pageNotFound')} />
  }
}
