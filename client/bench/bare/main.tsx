/*
 * The benchmark's floor: a bare React Flow 12 app drawing the same graph with default nodes and
 * edges, controlled like the real client (so a drag re-renders through React state). Built by
 * client/bench/run.ts, never shipped.
 */
import {
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useCallback, useState } from 'react'
import { createRoot } from 'react-dom/client'

interface Graph {
  readonly nodes: Node[]
  readonly edges: Edge[]
}

function App({ graph }: { graph: Graph }) {
  const [nodes, setNodes] = useState(graph.nodes)
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((prev) => applyNodeChanges(changes, prev)),
    [],
  )
  return (
    <ReactFlow
      nodes={nodes}
      edges={graph.edges}
      onNodesChange={onNodesChange}
      fitView
      minZoom={0.1}
    />
  )
}

void fetch('/graph.json')
  .then((r) => r.json() as Promise<Graph>)
  .then((graph) => {
    const root = document.getElementById('root')
    if (!root) throw new Error('no root')
    createRoot(root).render(
      <ReactFlowProvider>
        <App graph={graph} />
      </ReactFlowProvider>,
    )
  })
