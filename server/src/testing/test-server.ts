import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { quietLogger } from '../app/logger.ts'
import { type RunningServer, startServer } from '../app/start-server.ts'
import { makeTempDir, type TempDir } from './temp-dir.ts'
import { withDeadline } from './wait-for.ts'

type ServerOptions = Parameters<typeof startServer>[0]

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url))

export interface TestServer {
  readonly server: RunningServer
  readonly dataDir: string
  /** The WebSocket URL of the collaboration endpoint. */
  readonly collabUrl: string
  close(): Promise<void>
}

/** Starts the app in this process on a free port, with a quiet logger, on `dataDir`. */
export async function startTestServer(
  dataDir: string,
  options: Partial<ServerOptions> = {},
): Promise<TestServer> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logger: quietLogger,
    ...options,
  })
  return { server, dataDir, collabUrl: collabUrlOf(server.url), close: () => server.close() }
}

/** The `/collab` WebSocket URL that belongs to an `http://host:port` base URL. */
export function collabUrlOf(baseUrl: string): string {
  const url = new URL('/collab', baseUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}

/** A server and its own temporary data directory, removed again by `dispose()`. */
export async function startServerInTempDir(
  options: Partial<ServerOptions> = {},
): Promise<TestServer & { readonly dir: TempDir; dispose(): Promise<void> }> {
  const dir = makeTempDir()
  const running = await startTestServer(dir.path, options)
  return {
    ...running,
    dir,
    dispose: async () => {
      await running.close()
      dir.remove()
    },
  }
}

/** The test process's environment without the server's own settings, which the test sets. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of ['PUBLIC_URL', 'DATABASE_URL', 'REDIS_URL', 'MAX_MESSAGE_BYTES']) {
    delete env[name]
  }
  return env
}

export interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

export interface SpawnedServer {
  readonly url: string
  readonly port: number
  readonly collabUrl: string
  readonly child: ChildProcess
  /** Resolves when the process has exited (whoever ended it). */
  readonly exited: Promise<Exit>
  /** Everything the process wrote so far, for failure messages. */
  output(): string
  /** Sends `signal` and resolves with how the process exited. */
  kill(signal: NodeJS.Signals): Promise<Exit>
}

/**
 * Runs `node server/src/main.ts` as a real process, as an operator would, on a free port (or
 * `port`, to come back where clients will reconnect), and resolves once it prints
 * `Quartiersnetz listening on <url>`.
 */
export async function spawnServer(
  dataDir: string,
  {
    port = 0,
    startTimeoutMs = 15_000,
    env = {},
  }: {
    port?: number
    startTimeoutMs?: number
    /** More settings, e.g. DATABASE_URL and REDIS_URL for several instances. */
    env?: Readonly<Record<string, string>>
  } = {},
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: REPO_ROOT,
    env: { ...inheritedEnv(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  const listening = new Promise<string>((resolve, reject) => {
    let stdoutBuffer = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      stdoutBuffer += chunk.toString()
      const match = /Quartiersnetz listening on (\S+)/.exec(stdoutBuffer)
      if (match?.[1]) resolve(match[1])
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    void exited.then(({ code, signal }) =>
      reject(
        new Error(`server exited before listening (code ${code}, signal ${signal}):\n${output}`),
      ),
    )
  })
  let url: string
  try {
    url = await withDeadline('the spawned server to print its URL', listening, startTimeoutMs)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return {
    url,
    port: Number(new URL(url).port),
    collabUrl: collabUrlOf(url),
    child,
    exited,
    output: () => output,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}
