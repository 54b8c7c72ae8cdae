/**
 * GraphML export for yEd, Gephi, Cytoscape and NetworkX: every column is a declared key with
 * `attr.type`, and yEd gets its own node and edge graphics (label, position, arrow) so the map
 * opens there as it looks here. Built with an XML builder that escapes; forbidden characters
 * are dropped first.
 */
import { XMLBuilder } from 'fast-xml-parser'
import type { MapModel } from '../doc/read-map.ts'
import type { MapEdge } from '../schema/edge-record.ts'
import type { MapNode } from '../schema/node-record.ts'
import { EDGE_KIND_LABELS, type Language } from '../schema/vocabulary.ts'
import {
  type CellValue,
  type Column,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  type WriteContext,
} from './columns.ts'
import { stripXmlForbidden } from './text-safety.ts'

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns'
export const YED_NS = 'http://www.yworks.com/xml/graphml'
/** GraphML has no list type: lists are written as one string joined with this separator. */
export const GRAPHML_LIST_SEPARATOR = '|'

const NODE_SIZE = { width: 160, height: 60 }

type XmlObject = Record<string, unknown>

const keyId = (scope: 'n' | 'e', field: string) => `${scope}_${field}`
const graphColumns = <D, I>(columns: readonly Column<D, I>[]) =>
  columns.filter((c) => c.graphAttribute)

/** The value a data element carries, or undefined when there is nothing to write. */
function dataText(value: CellValue | undefined): string | number | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number') return value
  const text = typeof value === 'string' ? value : value.join(GRAPHML_LIST_SEPARATOR)
  return text === '' ? undefined : stripXmlForbidden(text)
}

function dataElements<Item>(
  scope: 'n' | 'e',
  columns: readonly Column<never, Item>[],
  item: Item,
  ctx: WriteContext,
): XmlObject[] {
  const out: XmlObject[] = []
  for (const column of graphColumns(columns)) {
    const text = dataText(column.write(item, ctx))
    if (text !== undefined) out.push({ '@_key': keyId(scope, column.field), '#text': text })
  }
  return out
}

function keys(): XmlObject[] {
  const declare = (scope: 'n' | 'e', target: string) => (c: Column<never, unknown>) => ({
    '@_id': keyId(scope, c.field),
    '@_for': target,
    '@_attr.name': c.field,
    '@_attr.type': c.type === 'double' || c.type === 'int' ? c.type : 'string',
  })
  return [
    { '@_id': 'g_title', '@_for': 'graph', '@_attr.name': 'title', '@_attr.type': 'string' },
    { '@_id': 'g_area', '@_for': 'graph', '@_attr.name': 'area', '@_attr.type': 'string' },
    ...graphColumns(NODE_COLUMNS as readonly Column<never, unknown>[]).map(declare('n', 'node')),
    ...graphColumns(EDGE_COLUMNS as readonly Column<never, unknown>[]).map(declare('e', 'edge')),
    { '@_id': 'n_graphics', '@_for': 'node', '@_yfiles.type': 'nodegraphics' },
    { '@_id': 'e_graphics', '@_for': 'edge', '@_yfiles.type': 'edgegraphics' },
  ]
}

function nodeElement(node: MapNode, ctx: WriteContext): XmlObject {
  const label = stripXmlForbidden(node.label)
  const shape = {
    'y:Geometry': {
      '@_x': node.position.x,
      '@_y': node.position.y,
      '@_width': NODE_SIZE.width,
      '@_height': NODE_SIZE.height,
    },
    'y:Fill': { '@_color': '#FFFFFF', '@_transparent': 'false' },
    'y:BorderStyle': { '@_color': '#333333', '@_type': 'line', '@_width': '1.0' },
    'y:NodeLabel': label,
    'y:Shape': { '@_type': 'roundrectangle' },
  }
  const graphics = { '@_key': 'n_graphics', 'y:ShapeNode': shape }
  return { '@_id': node.id, data: [...dataElements('n', NODE_COLUMNS, node, ctx), graphics] }
}

function edgeElement(edge: MapEdge, ctx: WriteContext): XmlObject {
  const directed = edge.direction !== 'none'
  const forward = edge.direction === 'forward' || edge.direction === 'both'
  const backward = edge.direction === 'backward' || edge.direction === 'both'
  const line = {
    'y:LineStyle': {
      '@_color': '#555555',
      '@_type': edge.status === 'planned' ? 'dashed' : 'line',
      '@_width': '1.0',
    },
    'y:Arrows': {
      '@_source': backward ? 'standard' : 'none',
      '@_target': forward ? 'standard' : 'none',
    },
    'y:EdgeLabel': EDGE_KIND_LABELS[edge.kind][ctx.language],
  }
  return {
    '@_id': edge.id,
    '@_source': edge.source,
    '@_target': edge.target,
    '@_directed': String(directed),
    data: [
      ...dataElements('e', EDGE_COLUMNS, edge, ctx),
      { '@_key': 'e_graphics', 'y:PolyLineEdge': line },
    ],
  }
}

/** The map as a GraphML document (UTF-8 text). */
export function exportGraphml(model: MapModel, options: { language?: Language } = {}): string {
  const labels = new Map(model.nodes.map((n) => [n.id as string, n.label]))
  const ctx: WriteContext = {
    language: options.language ?? 'de',
    human: false,
    labelOf: (id) => labels.get(id) ?? '',
  }
  const graphData = [
    { '@_key': 'g_title', '#text': stripXmlForbidden(model.meta.title) },
    ...(model.meta.area
      ? [{ '@_key': 'g_area', '#text': stripXmlForbidden(model.meta.area) }]
      : []),
  ].filter((d) => d['#text'] !== '')
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': GRAPHML_NS,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xmlns:y': YED_NS,
      '@_xsi:schemaLocation': `${GRAPHML_NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd`,
      key: keys(),
      graph: {
        '@_id': 'G',
        '@_edgedefault': 'undirected',
        data: graphData,
        node: model.nodes.map((n) => nodeElement(n, ctx)),
        edge: model.edges.map((e) => edgeElement(e, ctx)),
      },
    },
  }
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
  })
  return builder.build(document) as string
}
