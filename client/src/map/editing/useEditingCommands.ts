import { useReactFlow } from '@xyflow/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  addEdge,
  addNode,
  edgesMap,
  type MapEdge,
  type MapNode,
  newNodeId,
  readEdge,
  readNode,
} from '../../shared.ts'
import type { FlowEdge, FlowNode } from '../canvas/flow-types.ts'
import { useEditor } from '../editor/editor-context.ts'
import { announce } from '../keyboard/announcer.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { readClipboard, writeClipboard } from './clipboard.ts'
import { type ClipboardPayload, planPaste, toClipboardPayload } from './clipboard-payload.ts'
import { asUndoStep, undoManagerOf } from './undo.ts'

const PASTE_STEP = 32

export interface EditingCommands {
  readonly undo: () => void
  readonly redo: () => void
  /** Copies the selected nodes and the links among them; false when nothing is selected. */
  readonly copy: (event?: ClipboardEvent) => boolean
  readonly paste: (event?: ClipboardEvent) => boolean
  readonly duplicate: () => void
  /** Deletes the selection through React Flow, which asks first when links go along. */
  readonly deleteSelection: () => void
}

function selectedRecords(doc: Y.Doc, nodeIds: readonly string[]) {
  const nodes = nodeIds.map((id) => readNode(doc, id)).filter((n): n is MapNode => n !== null)
  const wanted = new Set(nodeIds)
  const edges: MapEdge[] = []
  for (const [id, record] of edgesMap(doc)) {
    const source = record.get('source')
    const target = record.get('target')
    if (typeof source !== 'string' || typeof target !== 'string') continue
    if (!wanted.has(source) || !wanted.has(target)) continue
    const edge = readEdge(doc, id)
    if (edge) edges.push(edge)
  }
  return { nodes, edges, ids: wanted }
}

/** Undo, clipboard, duplicate and delete for the toolbar and the keyboard alike. */
export function useEditingCommands(): EditingCommands {
  const editor = useEditor()
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const { t } = useTranslation()
  return useMemo(() => {
    const { doc } = editor
    let lastPaste = { text: '', count: 0 }
    const insert = (payload: ClipboardPayload, step: number) => {
      const plan = planPaste(payload, { x: step * PASTE_STEP, y: step * PASTE_STEP }, newNodeId)
      asUndoStep(doc, () =>
        doc.transact(() => {
          for (const { id, ...node } of plan.nodes) addNode(doc, node, LOCAL_ORIGIN, id)
          for (const edge of plan.edges) addEdge(doc, edge, LOCAL_ORIGIN)
        }, LOCAL_ORIGIN),
      )
      editor.select({ nodes: plan.nodes.map((n) => n.id) })
      announce(t('editing.pasted', { count: plan.nodes.length }))
    }
    const currentPayload = () => {
      const { nodes, edges, ids } = selectedRecords(doc, editor.selection.get().nodes)
      return nodes.length === 0 ? null : toClipboardPayload(nodes, edges, ids)
    }
    return {
      undo: () => undoManagerOf(doc).undo(),
      redo: () => undoManagerOf(doc).redo(),
      copy(event) {
        const payload = currentPayload()
        if (!payload) return false
        writeClipboard(payload, event)
        lastPaste = { text: JSON.stringify(payload), count: 0 }
        announce(t('editing.copied', { count: payload.nodes.length }))
        return true
      },
      paste(event) {
        if (editor.readOnly) return false
        const payload = readClipboard(event)
        if (!payload || payload.nodes.length === 0) return false
        const text = JSON.stringify(payload)
        lastPaste = { text, count: lastPaste.text === text ? lastPaste.count + 1 : 1 }
        insert(payload, lastPaste.count)
        return true
      },
      duplicate() {
        if (editor.readOnly) return
        const payload = currentPayload()
        if (payload) insert(payload, 1)
      },
      deleteSelection() {
        if (editor.readOnly) return
        void rf.deleteElements({
          nodes: rf.getNodes().filter((n) => n.selected),
          edges: rf.getEdges().filter((e) => e.selected),
        })
      },
    }
  }, [editor, rf, t])
}
