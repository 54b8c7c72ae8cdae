/*
 * The three servers the bench compares, each in its own child process on loopback: the bare `ws`
 * relay (the floor), bare Hocuspocus, and Quartiersnetz itself (`node server/src/main.ts` with a
 * temporary DATA_DIR: auth, journal, limits, meeting hooks — only the rate limit raised).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import { writeLargeMap } from '../../shared/src/samples/large-map.ts'
import { createMap } from '../src/app/create-map.ts'
import { openSqliteStore, SQLITE_FILE_NAME } from '../src/storage/sqlite-store.ts'
import { makeTempDir, type TempDir } from '../src/testing/temp-dir.ts'
import { spawnServer } from '../src/testing/test-server.ts'
import { withDeadline } from '../src/testing/wait-for.ts'
import type { MemoryReport } from './children/child-ipc.ts'

export type TargetName = 'ws-relay' | 'bare-hocuspocus' | 'quartiersnetz'
export const TARGET_NAMES: readonly TargetName[] = ['ws-relay', 'bare-hocuspocus', 'quartiersnetz']

/** Sizes of the maps the bench uses: a small one for traffic, the budget's 1 000-node one. */
export const SMALL_MAP = { nodes: 20, edges: 20, seed: 3 } as const
export const LARGE_MAP = { nodes: 1000, edges: 1500, seed: 7 } as const
export type MapSize = 'small' | 'large'

export interface Room {
  readonly name: string
  readonly token: string
  /** Whether the server already holds the content (ours: stored); else the first client seeds it. */
  readonly stored: boolean
  readonly size: MapSize
}

export interface Target {
  readonly name: TargetName
  /** Relay peers speak raw frames; the others the Hocuspocus protocol. */
  readonly protocol: 'relay' | 'hocuspocus'
  readonly wsUrl: string
  /** A room nobody has opened yet. */
  room(size: MapSize): Room
  /** RSS and heap after a full garbage collection in the server process. */
  memory(): Promise<MemoryReport>
  /** CPU time (user + system) the server process has used so far, ms; NaN off Linux. */
  cpuMs(): number
  close(): Promise<void>
}

/** How many fresh maps of each size our server needs stored before it starts. */
export interface MapPool {
  readonly small: number
  readonly large: number
}

const CHILDREN = fileURLToPath(new URL('./children/', import.meta.url))
const METRICS_TOKEN = 'bench-metrics-token-0123456789'
const live = new Set<ChildProcess>()
const dataDirs = new Set<TempDir>()

/**
 * Kills every server child still running and removes its data directory (exit handler,
 * Ctrl-C). Synchronous on purpose: it runs in `process.on('exit')`.
 */
export function killAllTargets(): void {
  for (const child of live) child.kill('SIGKILL')
  live.clear()
  for (const dir of dataDirs) dir.remove()
  dataDirs.clear()
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every Linux build in use). */
const USER_HZ = 100

/**
 * A process's CPU time from the kernel, the same way for every server (our own server could
 * report it in /metrics, the floor servers could not without being changed).
 */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  try {
    // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ
  } catch {
    return Number.NaN
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  live.delete(child)
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
  return exited.finally(() => clearTimeout(force))
}

/**
 * Extra Node options for every server process, e.g. `BENCH_SERVER_NODE_OPTIONS="--cpu-prof
 * --cpu-prof-dir=/tmp/prof"` to see where a server spends its time under the bench's load.
 */
const EXTRA_NODE_OPTIONS = (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean)

async function startChild(name: 'ws-relay' | 'bare-hocuspocus'): Promise<Target> {
  const args = ['--expose-gc', ...EXTRA_NODE_OPTIONS, join(CHILDREN, `${name}.ts`)]
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  live.add(child)
  let output = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = await withDeadline(
    `${name} to listen`,
    new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /listening on (\S+)/.exec(output)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`${name} exited (${code}):\n${output}`)))
    }),
    15_000,
  ).catch((error: unknown) => {
    void stopChild(child)
    throw error
  })
  let rooms = 0
  return {
    name,
    protocol: name === 'ws-relay' ? 'relay' : 'hocuspocus',
    wsUrl: url,
    room: (size) => ({ name: `${size}-${++rooms}`, token: 'bench', stored: false, size }),
    memory: () =>
      withDeadline(
        `${name} to report its memory`,
        new Promise<MemoryReport>((resolve) => {
          child.once('message', (report) => resolve(report as MemoryReport))
          child.send('memory')
        }),
      ),
    cpuMs: () => processCpuMs(child.pid),
    close: () => stopChild(child),
  }
}

/** Stores `pool` fresh maps in a new data directory (server-side, as POST /api/maps does). */
async function seedMaps(dataDir: string, pool: MapPool): Promise<Record<MapSize, Room[]>> {
  const store = openSqliteStore(join(dataDir, SQLITE_FILE_NAME))
  const rooms: Record<MapSize, Room[]> = { small: [], large: [] }
  try {
    for (const size of ['small', 'large'] as const) {
      const shape = size === 'small' ? SMALL_MAP : LARGE_MAP
      for (let i = 0; i < pool[size]; i++) {
        const map = await createMap(store, { title: `Bench ${size} ${i}` }, (doc) => {
          writeLargeMap(doc, shape)
        })
        rooms[size].push({ name: map.id, token: map.editToken, stored: true, size })
      }
    }
  } finally {
    await store.close()
  }
  return rooms
}

function metricValue(text: string, name: string): number {
  const match = new RegExp(`^${name} (\\S+)`, 'm').exec(text)
  if (!match?.[1]) throw new Error(`/metrics has no ${name}`)
  return Number(match[1])
}

/** A full collection in a process started with --inspect, through its inspector socket. */
async function collectGarbage(output: string): Promise<void> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1]
  if (!url) throw new Error('the server printed no inspector address')
  const socket = new WebSocket(url)
  try {
    await withDeadline(
      'the server to collect garbage',
      new Promise<void>((resolve, reject) => {
        socket.once('error', reject)
        socket.once('open', () =>
          socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' })),
        )
        socket.on('message', (data) => {
          if ((JSON.parse(String(data)) as { id?: number }).id === 1) resolve()
        })
      }),
      15_000,
    )
  } finally {
    socket.terminate()
  }
}

async function startOurs(pool: MapPool): Promise<Target> {
  const dir = makeTempDir('quartiersnetz-bench-')
  dataDirs.add(dir)
  const rooms = await seedMaps(dir.path, pool)
  const server = await spawnServer(dir.path, {
    env: {
      // Only to ask for a garbage collection before reading memory (loopback, random port).
      NODE_OPTIONS: ['--inspect=127.0.0.1:0', ...EXTRA_NODE_OPTIONS].join(' '),
      METRICS_TOKEN,
      LOG_LEVEL: 'warn',
      // The ramp sends far more than a person can; every other limit stays as shipped.
      MAX_MESSAGES_PER_SECOND: '100000',
      MAX_MESSAGE_BURST: '1000000',
      MAX_CONNECTIONS_PER_MAP: '1000',
    },
  })
  live.add(server.child)
  return {
    name: 'quartiersnetz',
    protocol: 'hocuspocus',
    wsUrl: server.collabUrl,
    room: (size) => {
      const room = rooms[size].shift()
      if (!room) throw new Error(`the bench stored too few ${size} maps`)
      return room
    },
    memory: async () => {
      await collectGarbage(server.output())
      const response = await fetch(new URL('/metrics', server.url), {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      })
      const text = await response.text()
      return {
        rssBytes: metricValue(text, 'quartiersnetz_process_resident_memory_bytes'),
        heapUsedBytes: metricValue(text, 'quartiersnetz_nodejs_heap_size_used_bytes'),
        openDocuments: metricValue(text, 'quartiersnetz_open_maps'),
      }
    },
    cpuMs: () => processCpuMs(server.child.pid),
    close: async () => {
      await stopChild(server.child)
      dataDirs.delete(dir)
      dir.remove()
    },
  }
}

/** Starts the named server in its own process; `pool` sizes the maps ours needs stored. */
export function startTarget(name: TargetName, pool: MapPool): Promise<Target> {
  return name === 'quartiersnetz' ? startOurs(pool) : startChild(name)
}
