import { useReactFlow, useStore } from '@xyflow/react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addNode, NODE_KINDS, type NodeId } from '../../shared.ts'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { useEditor } from '../editor/editor-context.ts'
import { openDialog } from '../keyboard/dialogs.ts'
import { useMapUi } from '../map-context.ts'
import { requestPropertiesFocus } from '../properties/focus-request.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { ContextMenu, type MenuItem } from './ContextMenu.tsx'
import { createLongPress, type PressPoint } from './long-press.ts'
import './touch.css'

type Target =
  | { readonly type: 'node'; readonly id: NodeId }
  | { readonly type: 'pane'; readonly flow: { x: number; y: number } }

interface Open {
  readonly x: number
  readonly y: number
  readonly target: Target
  readonly returnFocus: HTMLElement | null
}

/**
 * The canvas context menu: long press on a tablet, right click, or the context-menu key on a
 * focused node. On a node: rename, properties, connect, delete; on the empty canvas: add here.
 */
export function CanvasMenu() {
  const { t } = useTranslation()
  const editor = useEditor()
  const { editing } = useMapUi()
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const domNode = useStore((s) => s.domNode)
  const [open, setOpen] = useState<Open | null>(null)

  const openAt = useCallback(
    (x: number, y: number, element: Element | null) => {
      const nodeEl = element?.closest<HTMLElement>('.react-flow__node')
      const id = nodeEl?.getAttribute('data-id')
      const returnFocus = nodeEl ?? (document.activeElement as HTMLElement | null)
      if (id) {
        if (nodeEl && (x === 0 || y === 0)) {
          // From the keyboard the event has no useful point: open beside the node instead.
          const box = nodeEl.getBoundingClientRect()
          ;[x, y] = [box.left + box.width / 2, box.bottom]
        }
        setOpen({ x, y, target: { type: 'node', id: id as NodeId }, returnFocus })
      } else if (element?.closest('.react-flow__pane')) {
        const flow = rf.screenToFlowPosition({ x, y })
        setOpen({ x, y, target: { type: 'pane', flow }, returnFocus })
      }
    },
    [rf],
  )

  useEffect(() => {
    if (!domNode || editor.readOnly) return
    // After a long press, lifting the finger must not also "tap" (that would focus or select
    // what is under the menu and take the focus out of it).
    let pressed = false
    const press = createLongPress({
      onLongPress: (p: PressPoint) => {
        pressed = true
        openAt(p.clientX, p.clientY, p.target instanceof Element ? p.target : null)
      },
    })
    const touchEnd = (e: TouchEvent) => {
      if (pressed && e.touches.length === 0) {
        e.preventDefault()
        pressed = false
      }
    }
    const down = (e: PointerEvent) => {
      pressed = false
      press.down(e)
    }
    const move = (e: PointerEvent) => press.move(e)
    const end = (e: PointerEvent) => press.end(e)
    const contextMenu = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null
      if (!target?.closest('.react-flow__node, .react-flow__pane')) return
      e.preventDefault()
      openAt(e.clientX, e.clientY, target)
    }
    domNode.addEventListener('pointerdown', down)
    domNode.addEventListener('pointermove', move)
    domNode.addEventListener('pointerup', end)
    domNode.addEventListener('pointercancel', end)
    domNode.addEventListener('contextmenu', contextMenu)
    // Capture: React Flow's drag and zoom handlers stop the touch events from bubbling.
    domNode.addEventListener('touchend', touchEnd, { capture: true, passive: false })
    return () => {
      press.dispose()
      domNode.removeEventListener('pointerdown', down)
      domNode.removeEventListener('pointermove', move)
      domNode.removeEventListener('pointerup', end)
      domNode.removeEventListener('pointercancel', end)
      domNode.removeEventListener('contextmenu', contextMenu)
      domNode.removeEventListener('touchend', touchEnd, { capture: true })
    }
  }, [domNode, editor.readOnly, openAt])

  const items = useMemo<MenuItem[]>(() => {
    if (!open) return []
    const { target } = open
    if (target.type === 'pane') {
      return NODE_KINDS.map((kind) => ({
        label: t('touch.addHere', { kind: t(`kind.${kind}`) }),
        onSelect: () => {
          const label = t('map.newLabel', { kind: t(`kindShort.${kind}`) })
          const id = addNode(editor.doc, { kind, label, position: target.flow }, LOCAL_ORIGIN)
          editor.select({ nodes: [id] })
          editing.set(id)
        },
      }))
    }
    const { id } = target
    // The selection reaches the editor's store through React Flow a moment later; dialogs that
    // read it open only once it is there.
    const whenSelected = (then: () => void) => {
      editor.select({ nodes: [id] })
      const check = () => {
        const nodes = editor.selection.get().nodes
        if (nodes.length !== 1 || nodes[0] !== id) return false
        then()
        return true
      }
      if (check()) return
      const stop = editor.selection.subscribe(() => {
        if (check()) stop()
      })
    }
    return [
      { label: t('touch.rename'), onSelect: () => editing.set(id) },
      {
        label: t('touch.properties'),
        onSelect: () =>
          whenSelected(() => {
            editor.openTab('properties')
            requestPropertiesFocus()
          }),
      },
      {
        label: t('touch.connect'),
        onSelect: () => whenSelected(() => openDialog.set('connectTo')),
      },
      {
        label: t('touch.delete'),
        danger: true,
        onSelect: () => void rf.deleteElements({ nodes: [{ id }] }),
      },
    ]
  }, [open, t, editor, editing, rf])

  const onClose = useCallback(
    (restoreFocus: boolean) => {
      if (restoreFocus) open?.returnFocus?.focus()
      setOpen(null)
    },
    [open],
  )

  if (!open) return null
  const label =
    open.target.type === 'node'
      ? t('touch.nodeMenu', { label: rf.getNode(open.target.id)?.data.label ?? '' })
      : t('touch.canvasMenu')
  return <ContextMenu label={label} x={open.x} y={open.y} items={items} onClose={onClose} />
}
