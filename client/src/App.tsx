import { type ComponentType, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { prefetchMapState } from './map/sync/map-state.ts'
import { openingToken } from './map/sync/token.ts'
import { parseRoute } from './router/route.ts'
import { useRoute } from './router/useRoute.ts'
import type { MapId } from './shared.ts'
import { StartPage } from './start/StartPage.tsx'
import { ErrorPage } from './ui/ErrorPage.tsx'

type MapPageComponent = ComponentType<{ mapId: MapId }>

// The map (React Flow, Yjs, the provider) is only loaded when a map is opened, so the start
// page stays light.
let loadedMapPage: MapPageComponent | null = null
const loadMapPage = () =>
  import('./map/MapPage.tsx').then((module) => {
    loadedMapPage = module.default
    return module.default
  })
// Opened through a map link: the map chunk and the map's state load while the rest of the
// start-up code runs and the first frame is drawn, instead of only after them.
const opened = typeof location === 'undefined' ? null : parseRoute(location.pathname)
if (opened?.page === 'map') {
  void loadMapPage()
  const token = openingToken(opened.mapId)
  if (token) prefetchMapState(opened.mapId, token)
}

/**
 * Loads the map page with plain state, not React.lazy and Suspense: React holds back content
 * that replaces a Suspense fallback until 300 ms after the fallback appeared, so opening a map
 * waited up to 0.3 s for nothing before it even asked the server (client/bench/timeline.ts).
 */
function MapRoute({ mapId }: { mapId: MapId }) {
  const { t } = useTranslation()
  const [MapPage, setMapPage] = useState<MapPageComponent | null>(() => loadedMapPage)
  useEffect(() => {
    if (MapPage) return
    let cancelled = false
    void loadMapPage().then((page) => {
      if (!cancelled) setMapPage(() => page)
    })
    return () => {
      cancelled = true
    }
  }, [MapPage])
  if (!MapPage) return <p className="loading">{t('map.loading')}</p>
  return <MapPage key={mapId} mapId={mapId} />
}

export function App() {
  const route = useRoute()
  const { t } = useTranslation()
  switch (route.page) {
    case 'start':
      return <StartPage />
    case 'map':
      return <MapRoute mapId={route.mapId} />
    case 'notFound':
      return <ErrorPage message={t('error.pageNotFound')} />
  }
}
