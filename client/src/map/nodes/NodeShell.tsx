import { Handle, type NodeProps, Position } from '@xyflow/react'
import type { ComponentType, CSSProperties, ReactNode } from 'react'
import type { NodeId } from '../../shared.ts'
import { useStoreSlice } from '../../ui/store.ts'
import { useCanvasLook } from '../canvas/canvas-look.ts'
import type { FlowNode } from '../canvas/flow-types.ts'
import { useMapUi } from '../map-context.ts'
import type { RemoteSelection } from '../presence/presence-model.ts'
import { decorationClasses, useNodeDecoration } from '../view/decorations.ts'
import { SECTOR_COLORS } from '../view/palette.ts'
import '../view/view.css'
import { RenameInput, type RenameProps } from './RenameInput.tsx'

interface ShellProps extends NodeProps<FlowNode> {
  /** SVG elements of the outline in a 100×100 box, stretched to the node. */
  readonly shape: ReactNode
  readonly icon: ReactNode
  /** The in-place editor; notes use a multi-line one. */
  readonly Editor?: ComponentType<RenameProps>
}

// A primitive key, so a node re-renders only when *its* remote selection changes.
const SEP = '\u0001'
const selectionKey = (id: string) => (m: RemoteSelection) =>
  m
    .get(id)
    ?.map((s) => `${s.color}${SEP}${s.name}`)
    .join(SEP.repeat(2)) ?? ''

function parseSelectionKey(key: string) {
  if (key === '') return []
  return key.split(SEP.repeat(2)).map((part) => {
    const [color = '', name = ''] = part.split(SEP)
    return { color, name }
  })
}

/** What all node kinds share: outline, icon, kind caption, name (or rename field), handles. */
export function NodeShell({ id, data, selected, shape, icon, Editor = RenameInput }: ShellProps) {
  const { far, texts } = useCanvasLook()
  const ui = useMapUi()
  const editing = useStoreSlice(ui.editing, (v) => v === id)
  const selectedBy = parseSelectionKey(useStoreSlice(ui.remoteSelection, selectionKey(id)))
  const deco = useNodeDecoration(id)
  const first = selectedBy[0]
  const style = {
    '--remote-color': first?.color,
    '--sector': data.sector ? SECTOR_COLORS[data.sector] : undefined,
    '--deco-fill': deco.fill,
    '--deco-accent': deco.accent,
    '--deco-scale': deco.scale,
  } as CSSProperties
  const sectorClass = data.sector ? ' has-sector' : ''
  return (
    <div
      className={`qn-node qn-node--${data.kind}${selected ? ' is-selected' : ''}${first ? ' is-remote-selected' : ''}${sectorClass}${decorationClasses(deco)}`}
      style={style}
      data-sector={data.sector}
    >
      {/* Far out, only the name is drawn (see CanvasLook): fewer elements per node. */}
      {!far && (
        <svg
          className="qn-shape"
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {shape}
        </svg>
      )}
      <Handle
        type="target"
        position={Position.Left}
        className="qn-handle-target"
        isConnectableStart={false}
        isConnectable={!ui.readOnly}
      />
      {data.sector && <span className="qn-node__sector" aria-hidden="true" />}
      {!far && <span className="qn-node__icon">{icon}</span>}
      <span className="qn-node__body">
        {!far && (
          <span className="qn-node__kind" aria-hidden="true">
            {texts.kindShort[data.kind]}
            {data.sector && ` · ${texts.sector[data.sector]}`}
          </span>
        )}
        {editing ? (
          <Editor
            initial={data.label}
            label={texts.renameLabel(data.kind)}
            onCommit={(label) => ui.rename(id as NodeId, label)}
            onCancel={() => ui.editing.set(null)}
          />
        ) : (
          <span className="qn-node__label">{data.label}</span>
        )}
      </span>
      {deco.badge && <span className="qn-node__badge">{deco.badge}</span>}
      {first && (
        <span className="qn-node__selected-by" style={{ background: first.color }}>
          {selectedBy.map((s) => s.name).join(', ')}
        </span>
      )}
      {/* Always rendered: links are drawn from its position, also for viewers. */}
      <Handle
        type="source"
        position={Position.Right}
        className={`qn-handle-source${ui.readOnly ? ' is-readonly' : ''}`}
        isConnectable={!ui.readOnly}
        title={ui.readOnly ? undefined : texts.connectHandle(data.label)}
      />
    </div>
  )
}
