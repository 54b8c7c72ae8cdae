import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import {
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useCallback,
  useMemo,
  useRef,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { NodeId } from '../../shared.ts'
import { edgeTypes } from '../edges/edge-types.ts'
import { nodeTypes } from '../nodes/node-types.ts'
import type { Cursor } from '../presence/presence-model.ts'
import { CanvasLookContext, useCanvasTexts } from './canvas-look.ts'
import type { FlowEdge, FlowNode } from './flow-types.ts'
import { isTextInput } from './selection.ts'
import { useFlowAriaLabels } from './useFlowAriaLabels.ts'
import { useStableCallback } from './useStableCallback.ts'

interface Props {
  readonly label: string
  readonly nodes: FlowNode[]
  readonly edges: FlowEdge[]
  readonly readOnly: boolean
  readonly onNodesChange: (changes: NodeChange<FlowNode>[]) => void
  readonly onEdgesChange: (changes: EdgeChange<FlowEdge>[]) => void
  readonly onConnect: (connection: Connection) => void
  readonly onDelete: (removed: { nodes: FlowNode[]; edges: FlowEdge[] }) => void
  readonly onSelectionChange: (params: OnSelectionChangeParams<FlowNode, FlowEdge>) => void
  readonly onStartRename: (id: NodeId) => void
  /** Enter on a selected node opens its properties (F2 renames in place). */
  readonly onOpenProperties?: (id: NodeId) => void
  /** Asked before anything is deleted; false keeps it (links going along need a yes). */
  readonly onBeforeDelete?: (elements: { nodes: FlowNode[]; edges: FlowEdge[] }) => Promise<boolean>
  readonly onCursor: (cursor: Cursor | null) => void
  readonly children?: ReactNode
}

const DELETE_KEYS = ['Delete', 'Backspace']
// Shift-click adds to the selection (as in most drawing tools), Ctrl/Cmd-click too.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control']
const FAR_ZOOM = 0.45
const isFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM
const PRO_OPTIONS = { hideAttribution: false }

/** The React Flow canvas; editing is switched off entirely for view links. */
export function MapCanvas(props: Props) {
  const { label, nodes, edges, readOnly, onStartRename, onOpenProperties, onCursor } = props
  const { t } = useTranslation()
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const ariaLabelConfig = useFlowAriaLabels()
  // Zoomed far out, names are what one can still read: drawing icons and outlines for a
  // thousand tiny nodes made every frame of a large map about twice as expensive.
  const far = useStore(isFar)
  const texts = useCanvasTexts()
  const look = useMemo(() => ({ far, texts }), [far, texts])

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (readOnly || isTextInput(event.target)) return
      if (event.key !== 'F2' && event.key !== 'Enter') return
      const target = event.target instanceof Element ? event.target : null
      // Enter on a link selects the link (React Flow); it must not rename a node.
      if (target?.closest('.react-flow__edge, .react-flow__panel')) return
      const focusedId = target?.closest('.react-flow__node')?.getAttribute('data-id')
      const selected = nodes.filter((n) => n.selected)
      // Enter first selects a focused node (React Flow), a second Enter renames it; F2 always renames.
      const id =
        focusedId && (event.key === 'F2' || nodes.find((n) => n.id === focusedId)?.selected)
          ? focusedId
          : !focusedId && selected.length === 1
            ? selected[0]?.id
            : undefined
      if (id) {
        event.preventDefault()
        if (event.key === 'Enter' && onOpenProperties) onOpenProperties(id as NodeId)
        else onStartRename(id as NodeId)
      }
    },
    [nodes, readOnly, onStartRename, onOpenProperties],
  )

  const onPointerMove = useCallback(
    (event: PointerEvent) =>
      onCursor(rf.screenToFlowPosition({ x: event.clientX, y: event.clientY })),
    [rf, onCursor],
  )
  const onPointerLeave = useCallback(() => onCursor(null), [onCursor])
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: FlowNode) => {
      if (!readOnly) onStartRename(node.id as NodeId)
    },
    [readOnly, onStartRename],
  )
  // While nodes are dragged, nodes passed over do not show their link handle (map.css): the
  // handle appearing and vanishing under the pointer made Chromium rebuild the canvas's layers
  // before handling the next pointer move, in most steps of a drag on a large map. Set on the
  // element, not in state: a drag must not re-render the canvas for it.
  const canvasRef = useRef<HTMLDivElement>(null)
  const onDragStart = useCallback(() => canvasRef.current?.classList.add('is-dragging'), [])
  const onDragStop = useCallback(() => canvasRef.current?.classList.remove('is-dragging'), [])
  const fitViewOptions = useMemo(() => ({ padding: 0.2, maxZoom: 1.25 }), [])
  const onNodesChange = useStableCallback(props.onNodesChange)
  const onEdgesChange = useStableCallback(props.onEdgesChange)
  const onConnect = useStableCallback(readOnly ? undefined : props.onConnect)
  const onDelete = useStableCallback(readOnly ? undefined : props.onDelete)
  const onBeforeDelete = useStableCallback(readOnly ? undefined : props.onBeforeDelete)
  const onSelectionChange = useStableCallback(props.onSelectionChange)

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keyboard shortcuts for the focused node bubble up here
    <div
      ref={canvasRef}
      className={far ? 'canvas is-far' : 'canvas'}
      onKeyDown={onKeyDown}
      onPointerMove={readOnly ? undefined : onPointerMove}
      onPointerLeave={readOnly ? undefined : onPointerLeave}
    >
      <CanvasLookContext.Provider value={look}>
        <ReactFlow<FlowNode, FlowEdge>
          aria-label={label}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onDelete={onDelete}
          onBeforeDelete={onBeforeDelete}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          onSelectionChange={onSelectionChange}
          onNodeDoubleClick={readOnly ? undefined : onNodeDoubleClick}
          onNodeDragStart={onDragStart}
          onNodeDragStop={onDragStop}
          onSelectionDragStart={onDragStart}
          onSelectionDragStop={onDragStop}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          elementsSelectable={!readOnly}
          edgesReconnectable={false}
          deleteKeyCode={readOnly ? null : DELETE_KEYS}
          zoomOnDoubleClick={false}
          fitViewOptions={fitViewOptions}
          minZoom={0.1}
          maxZoom={2.5}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={PRO_OPTIONS}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} color="#b8c2cc" />
          <Controls
            showInteractive={false}
            showFitView={readOnly}
            fitViewOptions={fitViewOptions}
          />
          {props.children}
        </ReactFlow>
      </CanvasLookContext.Provider>
      {nodes.length === 0 && (
        <p className="canvas-empty">{t(readOnly ? 'map.emptyView' : 'map.emptyEdit')}</p>
      )}
    </div>
  )
}
