/**
 * GEXF 1.3 export for Gephi, through graphology-gexf's DOM-free writer (runs in Node and in the
 * browser): typed attributes for kinds, sectors, themes and link kinds, positions as
 * viz:position, directed links where the kind has a direction.
 */
import Graph from 'graphology'
import writeGexf from 'graphology-gexf/browser/writer.js'
import type { MapModel } from '../doc/read-map.ts'
import { EDGE_KIND_LABELS, type Language } from '../schema/vocabulary.ts'
import { type CellValue, EDGE_COLUMNS, NODE_COLUMNS, type WriteContext } from './columns.ts'
import { stripXmlForbidden } from './text-safety.ts'

// Carried by the element itself (label) or by viz:position, not as attributes.
const NOT_ATTRIBUTES = new Set(['label', 'x', 'y'])

function clean(value: CellValue | undefined): CellValue | undefined {
  if (value === undefined || typeof value === 'number') return value
  if (typeof value === 'string') return stripXmlForbidden(value)
  return value.length > 0 ? value.map(stripXmlForbidden) : undefined
}

function attributesOf<Item>(
  columns: readonly {
    field: string
    graphAttribute: boolean
    write: (i: Item, c: WriteContext) => CellValue | undefined
  }[],
  item: Item,
  ctx: WriteContext,
): Record<string, CellValue> {
  const out: Record<string, CellValue> = {}
  for (const column of columns) {
    if (!column.graphAttribute || NOT_ATTRIBUTES.has(column.field)) continue
    const value = clean(column.write(item, ctx))
    if (value !== undefined && value !== '') out[column.field] = value
  }
  return out
}

/** The map as a GEXF 1.3 document (UTF-8 text). */
export function exportGexf(model: MapModel, options: { language?: Language } = {}): string {
  const language = options.language ?? 'de'
  const labels = new Map(model.nodes.map((n) => [n.id as string, n.label]))
  const ctx: WriteContext = { language, human: false, labelOf: (id) => labels.get(id) ?? '' }
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: false })
  graph.setAttribute('creator', 'Quartiersnetz')
  graph.setAttribute('description', stripXmlForbidden(model.meta.title))
  for (const node of model.nodes) {
    graph.addNode(node.id, {
      label: stripXmlForbidden(node.label),
      x: node.position.x,
      y: node.position.y,
      ...attributesOf(NODE_COLUMNS, node, ctx),
    })
  }
  for (const edge of model.edges) {
    const attributes = {
      label: EDGE_KIND_LABELS[edge.kind][language],
      ...attributesOf(EDGE_COLUMNS, edge, ctx),
    }
    // GEXF knows one arrow or none: a backward link is drawn from its target; "both" and
    // "none" are undirected there (the direction attribute keeps the exact value).
    if (edge.direction === 'forward')
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes)
    else if (edge.direction === 'backward')
      graph.addDirectedEdgeWithKey(edge.id, edge.target, edge.source, attributes)
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes)
  }
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, x, y, ...rest } = attributes
      return { label: String(label), viz: { x: Number(x), y: Number(y) }, attributes: rest }
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes
      return { label: String(label), attributes: rest }
    },
  })
}
