import { useTranslation } from 'react-i18next'
import { useStoreSlice } from '../../ui/store.ts'
import { useEditor } from '../editor/editor-context.ts'
import { EdgeProperties } from './EdgeProperties.tsx'
import { NodeProperties } from './NodeProperties.tsx'
import './properties.css'
import { useEdgeRecord, useNodeRecord } from './useRecord.ts'

/** Sidebar tab "Eigenschaften": the selected node's or link's details, editable and live. */
export default function PropertiesPanel() {
  const { t } = useTranslation()
  const editor = useEditor()
  // Primitive slices, so the panel re-renders only when what it shows changes.
  const nodeCount = useStoreSlice(editor.selection, (s) => s.nodes.length)
  const edgeCount = useStoreSlice(editor.selection, (s) => s.edges.length)
  const nodeId = useStoreSlice(editor.selection, (s) =>
    s.nodes.length === 1 ? s.nodes[0] : undefined,
  )
  const edgeId = useStoreSlice(editor.selection, (s) =>
    s.nodes.length === 0 && s.edges.length === 1 ? s.edges[0] : undefined,
  )
  const node = useNodeRecord(editor.doc, nodeId)
  const edge = useEdgeRecord(editor.doc, edgeId)
  return (
    <div className="properties-panel">
      <h2>{t('properties.title')}</h2>
      {node ? (
        <NodeProperties key={node.id} node={node} />
      ) : edge ? (
        <EdgeProperties key={edge.id} edge={edge} />
      ) : (
        <p className="muted">
          {nodeCount + edgeCount > 1
            ? t('properties.many', { count: nodeCount + edgeCount })
            : t('properties.nothing')}
        </p>
      )}
    </div>
  )
}
