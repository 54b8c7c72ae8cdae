import { z } from 'zod'
import {
  edgeDirectionSchema,
  edgeKindSchema,
  edgeStatusSchema,
  edgeStrengthSchema,
  type MapEdge,
  type MapNode,
  type NewEdge,
  type NewNode,
  type NodeId,
  nodeRecordSchema,
} from '../../shared.ts'

/** Marks clipboard text as ours, so pasting someone's shopping list never creates nodes. */
export const CLIPBOARD_FORMAT = 'application/x-quartiersnetz+json;v=1'
/** A paste bigger than this is refused: it would be one huge transaction for everyone. */
export const CLIPBOARD_MAX_NODES = 2000

const clipNodeSchema = nodeRecordSchema.omit({ contact: true }).extend({ key: z.string() })
const clipEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  kind: edgeKindSchema,
  status: edgeStatusSchema,
  strength: edgeStrengthSchema,
  direction: edgeDirectionSchema,
  note: z.string().max(1000).optional(),
})
const payloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  nodes: z.array(clipNodeSchema).max(CLIPBOARD_MAX_NODES),
  edges: z.array(clipEdgeSchema).max(CLIPBOARD_MAX_NODES * 4),
})
export type ClipboardPayload = z.infer<typeof payloadSchema>

/**
 * The selected nodes and the links among them. The contact field stays behind: personal data
 * should not travel into other maps or other programs through the system clipboard.
 */
export function toClipboardPayload(
  nodes: readonly MapNode[],
  edges: readonly MapEdge[],
  selected: ReadonlySet<string>,
): ClipboardPayload {
  const picked = nodes.filter((n) => selected.has(n.id))
  return {
    format: CLIPBOARD_FORMAT,
    nodes: picked.map(({ id, contact: _contact, ...rest }) => ({ key: id, ...rest })),
    edges: edges
      .filter((e) => selected.has(e.source) && selected.has(e.target))
      .map(({ id: _id, ...rest }) => rest),
  }
}

/** Reads clipboard text; null when it is not a valid payload of ours. */
export function parseClipboardPayload(text: string): ClipboardPayload | null {
  if (!text.includes(CLIPBOARD_FORMAT)) return null
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export interface PastePlan {
  readonly nodes: readonly (NewNode & { readonly id: NodeId })[]
  readonly edges: readonly NewEdge[]
}

/**
 * What a paste adds: every node with a new id, moved by `offset`, and the links between them
 * pointing at the new ids (links to nodes that were not copied are dropped).
 */
export function planPaste(
  payload: ClipboardPayload,
  offset: { readonly x: number; readonly y: number },
  newId: () => NodeId,
): PastePlan {
  const ids = new Map<string, NodeId>()
  const nodes = payload.nodes.map(({ key, position, ...rest }) => {
    const id = newId()
    ids.set(key, id)
    return { ...rest, id, position: { x: position.x + offset.x, y: position.y + offset.y } }
  })
  const edges: NewEdge[] = []
  for (const edge of payload.edges) {
    const source = ids.get(edge.source)
    const target = ids.get(edge.target)
    if (source && target) edges.push({ ...edge, source, target })
  }
  return { nodes, edges }
}
