// The browser writer of graphology-gexf needs no DOM (it uses xml-writer); its package has no
// declaration for this deep path, and the package root pulls in a DOMParser-based parser.
declare module 'graphology-gexf/browser/writer.js' {
  import type { GexfWriterOptions } from 'graphology-gexf/common/types'
  import type { AbstractGraph, Attributes } from 'graphology-types'
  export default function write(
    graph: AbstractGraph,
    options?: GexfWriterOptions<Attributes, Attributes>,
  ): string
}
