import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { NodeId } from '../../shared.ts'
import { isTextInput } from '../canvas/selection.ts'
import { useEditor } from '../editor/editor-context.ts'
import { announce } from '../keyboard/announcer.ts'
import { openDialog } from '../keyboard/dialogs.ts'
import { LiveAnnouncer } from '../keyboard/LiveAnnouncer.tsx'
import { focusNodeElement, useMapKeyboard } from '../keyboard/useMapKeyboard.ts'
import '../keyboard/keyboard.css'
import { useStoreSlice } from '../../ui/store.ts'
import type { FlowNode } from '../canvas/flow-types.ts'
import { DeleteConfirmDialog } from './DeleteConfirmDialog.tsx'
import { deleteRequest } from './delete-request.ts'
import { useEditingCommands } from './useEditingCommands.ts'

// Shown on demand only: loaded when first opened, not with the map.
const HelpDialog = lazy(() =>
  import('../keyboard/HelpDialog.tsx').then((m) => ({ default: m.HelpDialog })),
)
const ConnectToDialog = lazy(() =>
  import('../keyboard/ConnectToDialog.tsx').then((m) => ({ default: m.ConnectToDialog })),
)

function handledHere(target: EventTarget | null): boolean {
  if (isTextInput(target)) return false
  if (target instanceof Element && target.closest('dialog')) return false
  // Text the user has marked on the page (a help text, a link) copies as text.
  const marked = window.getSelection()
  return !marked || marked.isCollapsed
}

interface Props {
  /** The canvas nodes, for the "Verbinden mit …" list. */
  readonly nodes: readonly FlowNode[]
}

/**
 * Editing beyond the toolbar: keyboard shortcuts, copy and paste, the shortcut help, the
 * "Verbinden mit …" and delete confirmations, and the live region that announces results.
 */
export function EditingLayer({ nodes }: Props) {
  const { t } = useTranslation()
  const editor = useEditor()
  const commands = useEditingCommands()
  useMapKeyboard(commands)
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (handledHere(event.target)) commands.copy(event)
    }
    const onPaste = (event: ClipboardEvent) => {
      if (handledHere(event.target) && commands.paste(event)) event.preventDefault()
    }
    document.addEventListener('copy', onCopy)
    document.addEventListener('paste', onPaste)
    return () => {
      document.removeEventListener('copy', onCopy)
      document.removeEventListener('paste', onPaste)
    }
  }, [commands])
  const dialog = useStoreSlice(openDialog, (d) => d)
  const request = useStoreSlice(deleteRequest, (r) => r)
  const close = () => openDialog.set(null)
  const sourceId = dialog === 'connectTo' ? editor.selection.get().nodes[0] : undefined
  const source = sourceId ? nodes.find((n) => n.id === sourceId) : undefined
  // The node was deleted meanwhile (by someone else): nothing left to connect from.
  useEffect(() => {
    if (dialog === 'connectTo' && !source) openDialog.set(null)
  }, [dialog, source])
  return (
    <>
      <LiveAnnouncer />
      <Suspense fallback={null}>
        {dialog === 'help' && <HelpDialog onClose={close} />}
        {dialog === 'connectTo' && source && (
          <ConnectToDialog
            sourceLabel={source.data.label}
            candidates={nodes
              .filter((n) => n.id !== source.id)
              .map((n) => ({
                id: n.id as NodeId,
                label: n.data.label,
                kindLabel: t(`kind.${n.data.kind}`),
              }))}
            onCancel={close}
            onConfirm={(target, kind, status) => {
              editor.actions.connect(source.id as NodeId, target, kind, status)
              close()
              focusNodeElement(source.id)
              announce(t('keyboard.connected'))
            }}
          />
        )}
      </Suspense>
      {request && <DeleteConfirmDialog request={request} />}
    </>
  )
}
