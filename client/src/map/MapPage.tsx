import { ReactFlowProvider } from '@xyflow/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapId } from '../shared.ts'
import { rememberMap } from '../start/recent-maps.ts'
import { ErrorPage } from '../ui/ErrorPage.tsx'
import { MapEditor } from './MapEditor.tsx'
import { deleteLocalCopy } from './offline/local-copy-store.ts'
import { type OpenedMapInfo, openMapInfo } from './offline/open-map-info.ts'
import { forgetToken, openingToken } from './sync/token.ts'
import { type Collab, useCollab } from './sync/useCollab.ts'
import './map.css'

/**
 * `/m/<id>#t=<token>`: checks the link with the server and opens the live map, both at once
 * (the connection needs only the token; see useCollab for the local copy). Without the
 * server (offline, even after a browser restart) a map this browser opened before opens from
 * its local copy; its token then comes from the recent-maps list if the link lacks it.
 */
export default function MapPage({ mapId }: { mapId: MapId }) {
  const { t } = useTranslation()
  const [token] = useState(() => openingToken(mapId))
  const [result, setResult] = useState<OpenedMapInfo | null>(null)
  const [attempt, setAttempt] = useState(0)
  const fromLocalCopy = result?.ok === true && result.fromLocalCopy
  // A link the server refused or could not check: no connection (the error page offers a retry).
  const collab = useCollab(mapId, result?.ok === false ? null : token, result?.ok === true)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the check on "Erneut versuchen"
  useEffect(() => {
    if (!token) return
    let cancelled = false
    void openMapInfo(mapId, token).then((r) => {
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

  // Opened from the local copy: ask the server again once the network is back, for the
  // current title and role (a deleted map is refused by the connection as well).
  useEffect(() => {
    if (!fromLocalCopy) return
    const retry = () => setAttempt((n) => n + 1)
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [fromLocalCopy])

  if (!token) return <ErrorPage message={t('error.noToken')} />
  if (!result) return <p className="loading">{t('map.loading')}</p>
  if (!result.ok) {
    const retry = () => setAttempt((n) => n + 1)
    if (result.reason === 'notFound') return <ErrorPage message={t('error.notFound')} />
    if (result.reason === 'offline') {
      return <ErrorPage message={t('error.offlineNotStored')} onRetry={retry} />
    }
    return <ErrorPage message={t('error.server')} onRetry={retry} />
  }
  return <LiveMap mapId={mapId} token={token} result={result} collab={collab} />
}

function LiveMap({
  mapId,
  token,
  result,
  collab,
}: {
  mapId: MapId
  token: string
  result: Extract<OpenedMapInfo, { ok: true }>
  collab: Collab
}) {
  const { t } = useTranslation()
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
