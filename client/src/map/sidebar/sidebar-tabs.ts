import { type ComponentType, lazy } from 'react'
import type { Editor } from '../editor/editor-context.ts'

/**
 * One tab of the map's sidebar. Each feature (properties, filters, analysis …) registers its
 * panel here, in its own folder; the sidebar and MapEditor need no change for a new panel.
 * Panels are lazy so a feature's code and libraries load only when someone opens it.
 */
export interface SidebarTab {
  readonly id: string
  /** i18n key of the tab's name. */
  readonly labelKey: string
  /** The panel; it reads the open map through useEditor(). */
  readonly Panel: ComponentType
  /** Whether the tab is offered (e.g. editing panels not for a view link). */
  readonly available?: (editor: Editor) => boolean
}

/** The sidebar tabs in the order they are shown. */
export const SIDEBAR_TABS: readonly SidebarTab[] = [
  {
    id: 'properties',
    labelKey: 'properties.tab',
    Panel: lazy(() => import('../properties/PropertiesPanel.tsx')),
    available: (e) => !e.readOnly,
  },
  {
    id: 'filter',
    labelKey: 'view.filterTab',
    Panel: lazy(() => import('../view/FilterPanel.tsx')),
  },
  {
    id: 'analysis',
    labelKey: 'analysis.tab',
    Panel: lazy(() => import('../analysis/AnalysisPanel.tsx')),
  },
  {
    id: 'session',
    labelKey: 'meeting.sessionTab',
    Panel: lazy(() => import('../meeting/SessionPanel.tsx')),
  },
  {
    id: 'moderation',
    labelKey: 'meeting.moderationTab',
    Panel: lazy(() => import('../meeting/ModerationPanel.tsx')),
    available: (e) => e.info.role === 'facilitate',
  },
]
