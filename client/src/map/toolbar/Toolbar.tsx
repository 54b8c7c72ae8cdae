import { useTranslation } from 'react-i18next'
import { NODE_KINDS, type NodeKind } from '../../shared.ts'
import { ImportButton } from '../data-exchange/ImportButton.tsx'
import { EditingTools } from '../editing/EditingTools.tsx'
import { LayoutMenu } from '../layout/LayoutMenu.tsx'
import { KIND_ICONS } from '../nodes/icons.tsx'
import { ToolButton } from './ToolButton.tsx'
import { ToolIcon } from './ToolIcon.tsx'

interface Props {
  readonly onAdd: (kind: NodeKind) => void
  readonly onConnect: () => void
  readonly onDelete: () => void
  readonly onFit: () => void
  readonly canConnect: boolean
  readonly canDelete: boolean
}

const FitIcon = () => (
  <ToolIcon>
    <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
  </ToolIcon>
)
const TrashIcon = () => (
  <ToolIcon>
    <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6" />
  </ToolIcon>
)
const LinkIcon = () => (
  <ToolIcon>
    <circle cx="5" cy="12" r="3" />
    <circle cx="19" cy="12" r="3" />
    <path d="M8 12h8" />
  </ToolIcon>
)

/** The editing tools: add each kind of entry, connect, delete, and fit the map to the screen. */
export function Toolbar({ onAdd, onConnect, onDelete, onFit, canConnect, canDelete }: Props) {
  const { t } = useTranslation()
  return (
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      <h2 className="toolbar__heading">{t('toolbar.addGroup')}</h2>
      <ul>
        {NODE_KINDS.map((kind) => {
          const Icon = KIND_ICONS[kind]
          const kindLabel = t(`kind.${kind}`)
          return (
            <li key={kind}>
              <ToolButton
                className={`tool--${kind}`}
                label={t('toolbar.add', { kind: kindLabel })}
                text={t(`kindShort.${kind}`)}
                icon={<Icon />}
                onClick={() => onAdd(kind)}
              />
            </li>
          )
        })}
      </ul>
      <ul className="toolbar__actions">
        <li>
          <ToolButton
            label={t('toolbar.connect')}
            hint={t('toolbar.connectHint')}
            icon={<LinkIcon />}
            onClick={onConnect}
            disabled={!canConnect}
          />
        </li>
        <li>
          <ToolButton
            label={t('toolbar.delete')}
            hint={t('toolbar.deleteHint')}
            icon={<TrashIcon />}
            onClick={onDelete}
            disabled={!canDelete}
          />
        </li>
        <li>
          <ToolButton
            label={t('toolbar.fit')}
            hint={t('toolbar.fitHint')}
            icon={<FitIcon />}
            onClick={onFit}
          />
        </li>
        <li>
          <LayoutMenu />
        </li>
        <li>
          <ImportButton />
        </li>
      </ul>
      <EditingTools />
    </nav>
  )
}
