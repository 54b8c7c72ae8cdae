import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deleteLocalCopy } from '../map/offline/local-copy-store.ts'
import { navigate } from '../router/useRoute.ts'
import {
  loadRecentMaps,
  type RecentMap,
  recentMapHref,
  saveRecentMaps,
  without,
} from './recent-maps.ts'

/** "Zuletzt geöffnete Karten": links back into maps this browser has opened, each forgettable. */
export function RecentMaps() {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [maps, setMaps] = useState(loadRecentMaps)
  const [message, setMessage] = useState('')
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const forget = (map: RecentMap) => {
    const next = without(loadRecentMaps(), map.id)
    saveRecentMaps(next)
    setMaps(next)
    void deleteLocalCopy(map.id)
    setMessage(t('recent.forgotten', { title: map.title }))
  }

  return (
    <section className="card recent-maps" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('recent.title')}</h2>
      <p className="help">{t('recent.note')}</p>
      <p className="help">{t('recent.offlineNote')}</p>
      {maps.length === 0 ? (
        <p>{t('recent.empty')}</p>
      ) : (
        <ul className="recent-maps__list">
          {maps.map((map) => (
            <li key={map.id}>
              <a
                href={recentMapHref(map)}
                onClick={(event) => {
                  event.preventDefault()
                  navigate(recentMapHref(map))
                }}
              >
                {map.title}
              </a>
              <span className="recent-maps__meta">
                {[
                  map.area,
                  t(
                    map.role === 'facilitate'
                      ? 'recent.roleFacilitate'
                      : map.role === 'edit'
                        ? 'recent.roleEdit'
                        : 'recent.roleView',
                  ),
                  t('recent.opened', { date: date.format(map.openedAt) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <button
                type="button"
                className="button recent-maps__forget"
                aria-label={t('recent.forget', { title: map.title })}
                onClick={() => forget(map)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </section>
  )
}
