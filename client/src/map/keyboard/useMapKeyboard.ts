import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { NODE_KINDS } from '../../shared.ts'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { isTextInput } from '../canvas/selection.ts'
import type { EditingCommands } from '../editing/useEditingCommands.ts'
import { useEditor } from '../editor/editor-context.ts'
import { announce } from './announcer.ts'
import { openDialog } from './dialogs.ts'
import { kindIndexForKey, matchShortcut, type ShortcutId } from './shortcuts.ts'
import { type Direction, nearestInDirection } from './spatial-nav.ts'

const DIRECTIONS: Partial<Record<ShortcutId, Direction>> = {
  navigateUp: 'up',
  navigateDown: 'down',
  navigateLeft: 'left',
  navigateRight: 'right',
}

/** Whether the user is typing or inside a dialog, where map shortcuts must stay quiet. */
function busy(target: EventTarget | null): boolean {
  if (isTextInput(target)) return true
  return target instanceof Element && target.closest('dialog') !== null
}

export function focusNodeElement(id: string): void {
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: false })
  })
}

/** The map's keyboard shortcuts (see SHORTCUT_HELP), listened to on the whole page. */
export function useMapKeyboard(commands: EditingCommands): void {
  const editor = useEditor()
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const { t } = useTranslation()
  useEffect(() => {
    let addPending = false
    const navigate = (direction: Direction) => {
      const nodes = rf.getNodes()
      const centre = (n: FlowNode) => ({
        id: n.id,
        x: n.position.x + (n.measured?.width ?? 0) / 2,
        y: n.position.y + (n.measured?.height ?? 0) / 2,
      })
      const focused = document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id')
      const from = nodes.find((n) => n.id === focused) ?? nodes.find((n) => n.selected) ?? undefined
      const target = from
        ? nearestInDirection(centre(from), nodes.map(centre), direction)
        : nodes[0]
          ? centre(nodes[0])
          : null
      if (!target) {
        announce(t('keyboard.noNodeThere'))
        return
      }
      editor.select({ nodes: [target.id] })
      focusNodeElement(target.id)
      const node = nodes.find((n) => n.id === target.id)
      announce(node?.ariaLabel ?? '')
    }
    const run = (id: ShortcutId, event: KeyboardEvent): boolean => {
      const direction = DIRECTIONS[id]
      if (direction) {
        navigate(direction)
        return true
      }
      switch (id) {
        case 'help':
          openDialog.set('help')
          return true
        case 'undo':
          if (!editor.readOnly) commands.undo()
          return !editor.readOnly
        case 'redo':
          if (!editor.readOnly) commands.redo()
          return !editor.readOnly
        case 'duplicate':
          commands.duplicate()
          return true
        case 'selectAll':
          if (!event.target || !(event.target as Element).closest?.('.react-flow')) return false
          editor.select({ nodes: rf.getNodes().map((n) => n.id) })
          return true
        case 'add':
          if (editor.readOnly) return false
          addPending = true
          announce(t('keyboard.addPrompt'))
          return true
        case 'connectTo':
          if (editor.readOnly) return false
          if (editor.selection.get().nodes.length === 1) openDialog.set('connectTo')
          else announce(t('keyboard.selectOne'))
          return true
        // Copy and paste run in the copy/paste events, where the clipboard is reachable.
        case 'copy':
        case 'paste':
          return false
        default:
          return false
      }
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || busy(event.target) || openDialog.get() !== null) return
      if (addPending) {
        addPending = false
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) {
          addPending = true
          return
        }
        const index = kindIndexForKey(event.key, NODE_KINDS)
        const kind = index === null ? undefined : NODE_KINDS[index]
        if (kind) {
          event.preventDefault()
          event.stopPropagation()
          editor.actions.add(kind)
          return
        }
        announce(t('keyboard.addCancelled'))
      }
      const id = matchShortcut(event)
      // The table view replaces the canvas: its own keys apply there; help and undo are global.
      const global = id === 'help' || id === 'undo' || id === 'redo'
      if (!global && !document.querySelector('.react-flow')) return
      if (id && run(id, event)) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    // Capture phase: React Flow would otherwise also move the selected node on Alt+arrow.
    document.addEventListener('keydown', onKeyDown, true)
    return () => document.removeEventListener('keydown', onKeyDown, true)
  }, [editor, rf, t, commands])
}
