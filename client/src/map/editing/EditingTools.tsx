import { useTranslation } from 'react-i18next'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { openDialog } from '../keyboard/dialogs.ts'
import { ToolButton } from '../toolbar/ToolButton.tsx'
import { ToolIcon } from '../toolbar/ToolIcon.tsx'
import { undoManagerOf, useUndoState } from './undo.ts'

const icon = (d: string) => (
  <ToolIcon>
    <path d={d} />
  </ToolIcon>
)
const UNDO = icon('M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3')
const REDO = icon('m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3')
const CONNECT_TO = icon('M5 12h10M11 6l6 6-6 6M20 5v14')
const HELP = icon(
  'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.5M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
)

/** Undo/redo of one's own edits, "Verbinden mit …" and the shortcut help, in the toolbar. */
export function EditingTools() {
  const { t } = useTranslation()
  const editor = useEditor()
  const { canUndo, canRedo } = useUndoState(editor.doc)
  const single = useStoreSlice(editor.selection, (s) => s.nodes.length === 1)
  const manager = undoManagerOf(editor.doc)
  return (
    <ul className="toolbar__actions editing-tools">
      <li>
        <ToolButton
          label={t('editing.undo')}
          hint={t('editing.undoHint')}
          icon={UNDO}
          onClick={() => manager.undo()}
          disabled={!canUndo}
        />
      </li>
      <li>
        <ToolButton
          label={t('editing.redo')}
          hint={t('editing.redoHint')}
          icon={REDO}
          onClick={() => manager.redo()}
          disabled={!canRedo}
        />
      </li>
      <li>
        <ToolButton
          label={t('keyboard.connectTo')}
          hint={t('keyboard.connectToHint')}
          icon={CONNECT_TO}
          onClick={() => openDialog.set('connectTo')}
          disabled={!single}
        />
      </li>
      <li>
        <ToolButton
          label={t('keyboard.helpButton')}
          hint={t('keyboard.helpHint')}
          icon={HELP}
          onClick={() => openDialog.set('help')}
        />
      </li>
    </ul>
  )
}
