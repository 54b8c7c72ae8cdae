import { type KeyboardEvent, Suspense, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor } from '../editor/editor-context.ts'
import { SIDEBAR_TABS, type SidebarTab } from './sidebar-tabs.ts'

interface Props {
  /** The open tab's id, or null when the sidebar is collapsed. */
  readonly open: string | null
  readonly onOpen: (id: string | null) => void
  readonly tabs?: readonly SidebarTab[]
}

/**
 * The map's sidebar: an accessible tab list (WAI-ARIA tabs pattern: arrow keys move between
 * tabs, Enter/Space opens) and the open panel. Clicking the open tab again collapses it, so
 * the canvas gets the whole width on a projector or a phone.
 */
export function Sidebar({ open, onOpen, tabs = SIDEBAR_TABS }: Props) {
  const { t } = useTranslation()
  const editor = useEditor()
  const baseId = useId()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const offered = tabs.filter((tab) => tab.available?.(editor) ?? true)
  if (offered.length === 0) return null
  const current = offered.find((tab) => tab.id === open)

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0
    if (step === 0) return
    event.preventDefault()
    buttons.current[(index + step + offered.length) % offered.length]?.focus()
  }

  return (
    <aside className={`sidebar${current ? ' is-open' : ''}`} aria-label={t('sidebar.label')}>
      <div role="tablist" aria-orientation="vertical" className="sidebar-tabs">
        {offered.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[index] = el
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab.id === (current?.id ?? offered[0]?.id) ? 0 : -1}
            onClick={() => onOpen(tab.id === current?.id ? null : tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {t(tab.labelKey)}
          </button>
        ))}
      </div>
      {current && (
        <section
          role="tabpanel"
          id={`${baseId}-panel`}
          aria-labelledby={`${baseId}-tab-${current.id}`}
          className="sidebar-panel"
        >
          <Suspense fallback={<p className="muted">{t('sidebar.loading')}</p>}>
            <current.Panel />
          </Suspense>
        </section>
      )}
    </aside>
  )
}
