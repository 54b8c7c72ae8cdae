import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapModel } from '../../shared.ts'
import { useEditor } from '../editor/editor-context.ts'
import { setLayer } from './decorations.ts'
import { searchDecoration, searchNodes } from './view-filter.ts'

/** Search with jump-to: hits are emphasised on the canvas; picking one selects and shows it. */
export function SearchBox({ model }: { readonly model: MapModel }) {
  const { t } = useTranslation()
  const { reveal } = useEditor()
  const [query, setQuery] = useState('')
  const hits = useMemo(() => searchNodes(model.nodes, query), [model.nodes, query])
  const inputId = useId()
  const resultsId = useId()

  useEffect(() => setLayer('search', searchDecoration(hits)), [hits])
  useEffect(() => () => setLayer('search', null), [])

  return (
    <div className="filter-section">
      <label className="filter-section__title" htmlFor={inputId}>
        {t('view.searchLabel')}
      </label>
      <input
        id={inputId}
        type="search"
        className="filter-search"
        value={query}
        placeholder={t('view.searchPlaceholder')}
        aria-controls={resultsId}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = hits[0]
          if (e.key === 'Enter' && first) {
            e.preventDefault()
            reveal({ nodes: [first.id] })
          }
        }}
      />
      <p className="filter-search__count" role="status">
        {query.trim() === ''
          ? ''
          : hits.length === 0
            ? t('view.searchNone')
            : t('view.searchCount', { count: hits.length })}
      </p>
      <ul id={resultsId} className="filter-search__results" aria-label={t('view.searchResults')}>
        {hits.map((node) => (
          <li key={node.id}>
            <button type="button" onClick={() => reveal({ nodes: [node.id] })}>
              <span className="filter-search__kind">{t(`kindShort.${node.kind}`)}</span>
              {node.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
