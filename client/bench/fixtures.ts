import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import * as Y from 'yjs'
import { createMap } from '../../server/src/app/create-map.ts'
import { openSqliteStore, SQLITE_FILE_NAME } from '../../server/src/storage/sqlite-store.ts'
import { readMap } from '../../shared/src/doc/read-map.ts'
import { writeLargeMap } from '../../shared/src/samples/large-map.ts'

export interface GraphSize {
  readonly nodes: number
  readonly edges: number
}

/** The same seeded graph as React Flow default nodes and edges, for the bare app. */
export function bareGraph(size: GraphSize) {
  const doc = new Y.Doc()
  writeLargeMap(doc, { ...size, seed: 7 })
  const model = readMap(doc)
  return {
    nodes: model.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label } })),
    edges: model.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  }
}

/** Stores the seeded graph as a real map in a fresh data directory; returns its id and token. */
export async function storeLargeMap(dataDir: string, size: GraphSize) {
  const store = openSqliteStore(join(dataDir, SQLITE_FILE_NAME))
  const created = await createMap(store, { title: `Benchmark ${size.nodes}` }, (doc) => {
    writeLargeMap(doc, { ...size, seed: 7 })
  })
  await store.close()
  return created
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

/** Serves a built directory plus one in-memory graph.json (the bare app's data). */
export async function serveStatic(
  dir: string,
  graphJson: string,
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    if (path === '/graph.json') {
      response.writeHead(200, { 'content-type': TYPES['.json'] })
      response.end(graphJson)
      return
    }
    const file = join(dir, normalize(path === '/' ? '/index.html' : path))
    try {
      const body = await readFile(file)
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      })
      response.end(body)
    } catch {
      response.writeHead(404)
      response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, server }
}
