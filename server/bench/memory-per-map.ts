/*
 * Where the memory of an open 1 000-node map goes (DESIGN.md §7: ≤ 5 MB per open map), measured
 * layer by layer, each in a fresh process started with --expose-gc, heap read after forced
 * garbage collections, per map = (heap with N maps − heap with 0 maps) / N:
 *
 *   1. the encoded update of the sample map (bytes; it lives outside the JS heap),
 *   2. a bare Y.Doc loaded from it (the floor: what Yjs itself needs for the content),
 *   3. the same map held by bare Hocuspocus (`new Server()`, the first client brings the map),
 *   4. the same map held by our server (startServer: auth, journal, limits, meeting, sweeper,
 *      metrics), loaded from its SQLite store.
 *
 * The servers run in the measuring process and their clients in another one, so no client
 * document is counted. After closing every client, the heap is read once more: what is left
 * per map then is what a closed map leaves behind (a cache that never shrinks).
 *
 *   node server/bench/memory-per-map.ts [--maps 10]
 */
import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import * as Y from 'yjs'
import { writeLargeMap } from '../../shared/src/samples/large-map.ts'
import { createMap } from '../src/app/create-map.ts'
import { quietLogger } from '../src/app/logger.ts'
import { startServer } from '../src/app/start-server.ts'
import { trimDecodedDoc } from '../src/collab/trim-decoded-doc.ts'
import { openSqliteStore, SQLITE_FILE_NAME } from '../src/storage/sqlite-store.ts'
import { type Client, connect, waitUntilConfirmed } from '../src/testing/clients.ts'
import { makeTempDir } from '../src/testing/temp-dir.ts'
import { waitFor } from '../src/testing/wait-for.ts'
import { LARGE_MAP } from './targets.ts'

export type Layer = 'y-doc' | 'y-doc-trimmed' | 'bare-hocuspocus' | 'quartiersnetz'
export const LAYERS: readonly Layer[] = [
  'y-doc',
  'y-doc-trimmed',
  'bare-hocuspocus',
  'quartiersnetz',
]

export interface LayerResult {
  readonly layer: Layer
  readonly maps: number
  /** Heap growth per open map after forced GC. */
  readonly perMapHeapBytes: number
  /** Growth of memory outside the JS heap (Buffers, ArrayBuffers) per open map. */
  readonly perMapExternalBytes: number
  /** RSS growth per open map (the allocator keeps pages: indication only). */
  readonly perMapRssBytes: number
  /** Heap per map still held after every map was closed again (servers only). */
  readonly leftPerMapHeapBytes: number | null
}

export interface DocFacts {
  readonly updateBytes: number
  readonly items: number
  readonly deletedItems: number
  readonly nestedMaps: number
  readonly gc: boolean
}

const SELF = fileURLToPath(import.meta.url)
/** As the bench report counts (MiB). */
const MB = 1024 * 1024

/** The sample map as createMap stores it (the bench's maps): one update, one client. */
export function sampleUpdate(): Uint8Array {
  const doc = new Y.Doc()
  writeLargeMap(doc, LARGE_MAP)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** How many structs a document holds and how many of them are deleted or nested maps. */
export function docFacts(update: Uint8Array): DocFacts {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  let items = 0
  let deletedItems = 0
  let nestedMaps = 0
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      items++
      if (struct.deleted) deletedItems++
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) nestedMaps++
    }
  }
  const facts = { updateBytes: update.byteLength, items, deletedItems, nestedMaps, gc: doc.gc }
  doc.destroy()
  return facts
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Heap and RSS after full collections (several, with turns of the event loop between them). */
async function settled(): Promise<{ heap: number; external: number; rss: number }> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run the measuring process with --expose-gc')
  const heaps: number[] = []
  const external: number[] = []
  const rss: number[] = []
  for (let i = 0; i < 3; i++) {
    await pause(200)
    gc()
    gc()
    const usage = process.memoryUsage()
    heaps.push(usage.heapUsed)
    external.push(usage.external)
    rss.push(usage.rss)
  }
  return {
    heap: Math.min(...heaps),
    external: Math.min(...external),
    rss: rss.sort((a, b) => a - b)[1] as number,
  }
}

// --- the clients process -------------------------------------------------------------------

interface OpenRequest {
  readonly url: string
  readonly rooms: readonly { readonly name: string; readonly token: string }[]
  /** Bare Hocuspocus keeps nothing: each client brings the map as one update. */
  readonly seed: boolean
}

async function clientsProcess(): Promise<void> {
  const update = sampleUpdate()
  let clients: Client[] = []
  process.on('message', async (message: { open?: OpenRequest; close?: true }) => {
    if (message.open) {
      const { url, rooms, seed } = message.open
      for (const room of rooms) {
        const client = await connect(url, room.name, room.token, 30_000)
        if (seed) {
          Y.applyUpdate(client.doc, update)
          await waitUntilConfirmed(client, 30_000)
        }
        clients.push(client)
      }
      process.send?.('opened')
    }
    if (message.close) {
      for (const client of clients) client.destroy()
      clients = []
      process.send?.('closed')
    }
  })
  process.on('disconnect', () => process.exit(0))
  process.send?.('ready')
}

async function ask(child: ChildProcess, message: object, answer: string): Promise<void> {
  const heard = new Promise<void>((resolve) => {
    const listener = (reply: unknown) => {
      if (reply !== answer) return
      child.off('message', listener)
      resolve()
    }
    child.on('message', listener)
  })
  child.send(message)
  await heard
}

// --- the measuring process -----------------------------------------------------------------

/**
 * Heap growth for `maps` Y.Docs loaded from the sample update: as Yjs decodes it (the floor
 * every Hocuspocus server holds), or trimmed as our server keeps it (trim-decoded-doc.ts).
 */
async function measureYDoc(maps: number, trimmed: boolean): Promise<LayerResult> {
  const update = sampleUpdate()
  // A first batch, loaded and dropped: a fresh process spends more on its first maps (code,
  // V8's own tables), which a running server has already paid.
  const warmUp = Array.from({ length: maps }, () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    if (trimmed) trimDecodedDoc(doc)
    return doc
  })
  for (const doc of warmUp) doc.destroy()
  warmUp.length = 0
  await settled()
  const before = await settled()
  const docs: Y.Doc[] = []
  for (let i = 0; i < maps; i++) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    if (trimmed) trimDecodedDoc(doc)
    docs.push(doc)
  }
  const after = await settled()
  const result: LayerResult = {
    layer: trimmed ? 'y-doc-trimmed' : 'y-doc',
    maps,
    perMapHeapBytes: (after.heap - before.heap) / maps,
    perMapExternalBytes: (after.external - before.external) / maps,
    perMapRssBytes: (after.rss - before.rss) / maps,
    leftPerMapHeapBytes: null,
  }
  for (const doc of docs) doc.destroy()
  return result
}

/**
 * Opens `maps` maps on a server in this process from a clients process; measures around it.
 * `rooms` has one more: it is opened and closed first, so compiling the code paths of loading
 * and syncing a map (once per process) is not counted as memory per map.
 */
async function measureServer(
  layer: Layer,
  maps: number,
  server: {
    url: string
    rooms: OpenRequest['rooms']
    seed: boolean
    openCount: () => number
    close: () => Promise<void>
  },
): Promise<LayerResult> {
  const child = fork(SELF, ['--clients'], { stdio: 'inherit' })
  try {
    await once(child, 'message')
    const [warmUp, ...rooms] = server.rooms
    if (!warmUp) throw new Error('no map to warm up with')
    await ask(child, { open: { url: server.url, rooms: [warmUp], seed: server.seed } }, 'opened')
    await ask(child, { close: true }, 'closed')
    await waitFor('the warm-up map to be closed', () => server.openCount() === 0, {
      timeoutMs: 30_000,
    })
    const before = await settled()
    await ask(child, { open: { url: server.url, rooms, seed: server.seed } }, 'opened')
    await waitFor('every map to be open', () => server.openCount() === maps, { timeoutMs: 30_000 })
    const after = await settled()
    await ask(child, { close: true }, 'closed')
    await waitFor('every map to be closed', () => server.openCount() === 0, { timeoutMs: 30_000 })
    const closed = await settled()
    return {
      layer,
      maps,
      perMapHeapBytes: (after.heap - before.heap) / maps,
      perMapExternalBytes: (after.external - before.external) / maps,
      perMapRssBytes: (after.rss - before.rss) / maps,
      leftPerMapHeapBytes: (closed.heap - before.heap) / maps,
    }
  } finally {
    child.kill()
    await server.close()
  }
}

async function measureBare(maps: number): Promise<LayerResult> {
  const { Server } = await import('@hocuspocus/server')
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false })
  await server.listen()
  const rooms = Array.from({ length: maps + 1 }, (_, i) => ({ name: `large-${i}`, token: 'bench' }))
  return measureServer('bare-hocuspocus', maps, {
    url: `ws://127.0.0.1:${server.address.port}`,
    rooms,
    seed: true,
    openCount: () => server.hocuspocus.getDocumentsCount(),
    close: () => server.destroy(),
  })
}

async function measureOurs(maps: number): Promise<LayerResult> {
  const dir = makeTempDir('quartiersnetz-memory-')
  const store = openSqliteStore(`${dir.path}/${SQLITE_FILE_NAME}`)
  const rooms = []
  for (let i = 0; i <= maps; i++) {
    const map = await createMap(store, { title: `Speicher ${i}` }, (doc) =>
      writeLargeMap(doc, LARGE_MAP),
    )
    rooms.push({ name: map.id, token: map.editToken })
  }
  await store.close()
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir.path,
    logger: quietLogger,
  })
  const url = new URL('/collab', server.url)
  url.protocol = 'ws:'
  return measureServer('quartiersnetz', maps, {
    url: url.toString(),
    rooms,
    seed: false,
    openCount: () => server.hocuspocus.getDocumentsCount(),
    close: async () => {
      await server.close()
      dir.remove()
    },
  })
}

/** Measures one layer in this process (started with --expose-gc by `measureLayer`). */
async function measureProcess(layer: Layer, maps: number): Promise<void> {
  const result =
    layer === 'y-doc' || layer === 'y-doc-trimmed'
      ? await measureYDoc(maps, layer === 'y-doc-trimmed')
      : layer === 'bare-hocuspocus'
        ? await measureBare(maps)
        : await measureOurs(maps)
  process.send?.(result)
  process.exit(0)
}

/** Runs one layer's measurement in a fresh process with --expose-gc. */
export async function measureLayer(layer: Layer, maps: number): Promise<LayerResult> {
  const child = fork(SELF, ['--measure', layer, '--maps', String(maps)], {
    execArgv: [...process.execArgv, '--expose-gc'],
    stdio: 'inherit',
  })
  const [result] = (await once(child, 'message')) as [LayerResult]
  await once(child, 'exit')
  return result
}

const mb = (bytes: number | null) => (bytes === null ? '–' : (bytes / MB).toFixed(2))

/** The whole measurement as text lines (also used by the bench report). */
export function describeLayers(facts: DocFacts, results: readonly LayerResult[]): string[] {
  const floor = results.find((r) => r.layer === 'y-doc')?.perMapHeapBytes ?? Number.NaN
  const bare = results.find((r) => r.layer === 'bare-hocuspocus')?.perMapHeapBytes ?? Number.NaN
  const lines = [
    `Sample map: ${LARGE_MAP.nodes} nodes, ${LARGE_MAP.edges} links; update ${(facts.updateBytes / 1024).toFixed(0)} KB; ` +
      `${facts.items} structs (${facts.nestedMaps} nested Y.Maps, ${facts.deletedItems} deleted); gc ${facts.gc ? 'on' : 'off'}`,
    'Layer            | heap MB/map | external MB/map | RSS MB/map | left after close MB/map | vs Y.Doc | vs bare',
  ]
  for (const r of results) {
    lines.push(
      [
        r.layer.padEnd(16),
        mb(r.perMapHeapBytes).padStart(11),
        mb(r.perMapExternalBytes).padStart(15),
        mb(r.perMapRssBytes).padStart(10),
        mb(r.leftPerMapHeapBytes).padStart(23),
        `${(r.perMapHeapBytes / floor).toFixed(2)}×`.padStart(8),
        `${(r.perMapHeapBytes / bare).toFixed(2)}×`.padStart(7),
      ].join(' | '),
    )
  }
  return lines
}

const argv = process.argv.slice(2)
const flag = (name: string) => {
  const index = argv.indexOf(name)
  return index >= 0 ? argv[index + 1] : undefined
}

if (argv.includes('--clients')) {
  await clientsProcess()
} else if (flag('--measure')) {
  await measureProcess(flag('--measure') as Layer, Number(flag('--maps') ?? 10))
} else if (process.argv[1] === SELF) {
  const maps = Number(flag('--maps') ?? 10)
  const facts = docFacts(sampleUpdate())
  const results = []
  for (const layer of LAYERS) results.push(await measureLayer(layer, maps))
  for (const line of describeLayers(facts, results)) console.log(line)
}
