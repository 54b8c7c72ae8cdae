import { ReactFlowProvider } from '@xyflow/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapId } from '../shared.ts'
import { rememberMap } from '../start/recent-maps.ts'
import { ErrorPage } from '../ui/ErrorPage.tsx'
import { MapEditor } from './MapEditor.tsx'
import { deleteLocalCopy } from './offline/local-copy-store.ts'
import { fetchMapInfo, type MapInfoResult } from './sync/map-info.ts'
import { forgetToken, readToken } from './sync/token.ts'
import { useCollab } from './sync/useCollab.ts'
import './map.css'

/** `/m/<id>#t=<token>`: checks the link with the server, then opens the live map. */
export default function MapPage({ mapId }: { mapId: MapId }) {
  const { t } = useTranslation()
  const [token] = useState(() => readToken(mapId))
  const [result, setResult] = useState<MapInfoResult | null>(null)
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the check on "Erneut versuchen"
  useEffect(() => {
    if (!token) return
    let cancelled = false
    void fetchMapInfo(mapId, token).then((r) => {
      if (cancelled) return
      if (!r.ok && r.reason === 'notFound') {
        forgetToken(mapId)
        // Deleted map or revoked link: the offline copy must not outlive it (DSGVO).
        void deleteLocalCopy(mapId)
      }
      setResult(r)
    })
    return () => {
      cancelled = true
    }
  }, [mapId, token, attempt])

  if (!token) return <ErrorPage message={t('error.noToken')} />
  if (!result) return <p className="loading">{t('map.loading')}</p>
  if (!result.ok) {
    return result.reason === 'notFound' ? (
      <ErrorPage message={t('error.notFound')} />
    ) : (
      <ErrorPage message={t('error.server')} onRetry={() => setAttempt((n) => n + 1)} />
    )
  }
  return <LiveMap mapId={mapId} token={token} result={result} />
}

function LiveMap({
  mapId,
  token,
  result,
}: {
  mapId: MapId
  token: string
  result: Extract<MapInfoResult, { ok: true }>
}) {
  const { t } = useTranslation()
  const collab = useCollab(mapId, token)
  useEffect(() => {
    document.title = `${result.info.title} – ${t('app.name')}`
  }, [result.info.title, t])
  useEffect(() => {
    const { title, area, role } = result.info
    rememberMap({ id: mapId, title, role, token, openedAt: Date.now(), ...(area ? { area } : {}) })
  }, [mapId, token, result.info])
  if (collab.authFailed) return <ErrorPage message={t('error.authFailed')} />
  if (!collab.session) return <p className="loading">{t('map.loading')}</p>
  return (
    <ReactFlowProvider>
      <MapEditor info={result.info} session={collab.session} collab={collab} />
    </ReactFlowProvider>
  )
}
