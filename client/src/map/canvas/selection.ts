import type { FlowEdge, FlowNode } from './flow-types.ts'

/** Selects exactly `ids`, creating new objects only for nodes whose selection changes. */
export function selectOnly(nodes: readonly FlowNode[], ids: ReadonlySet<string>): FlowNode[] {
  let dirty = false
  const next = nodes.map((n) => {
    const selected = ids.has(n.id)
    if ((n.selected ?? false) === selected) return n
    dirty = true
    return { ...n, selected }
  })
  return dirty ? next : (nodes as FlowNode[])
}

/** The same for links: selects exactly the given edge ids. */
export function selectOnlyEdges(edges: readonly FlowEdge[], ids: ReadonlySet<string>): FlowEdge[] {
  let dirty = false
  const next = edges.map((e) => {
    const selected = ids.has(e.id)
    if ((e.selected ?? false) === selected) return e
    dirty = true
    return { ...e, selected }
  })
  return dirty ? next : (edges as FlowEdge[])
}

/** Whether a keyboard event comes from a text field (then shortcuts must not fire). */
export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}
