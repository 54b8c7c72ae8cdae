/**
 * `npm start`: builds the client once if there is no build yet, runs the server, and opens
 * the browser for a person at a terminal (not in CI, not with NO_OPEN set).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fromRoot = (path: string) => fileURLToPath(new URL(path, new URL('../../', import.meta.url)))

function buildClientIfMissing(): void {
  if (existsSync(fromRoot('dist/client/index.html'))) return
  process.stderr.write('Building the client (vite build) … / Die Oberfläche wird gebaut …\n')
  const result = spawnSync(process.execPath, [fromRoot('node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    process.stderr.write('The client build failed. / Der Bau der Oberfläche ist fehlgeschlagen.\n')
    process.exit(result.status ?? 1)
  }
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]]
  try {
    const opener = spawn(command, args, { stdio: 'ignore', detached: true })
    opener.on('error', () => {}) // no browser here: the URL is printed anyway
    opener.unref()
  } catch {
    // Same: opening the browser is a convenience.
  }
}

const shouldOpen = process.stdout.isTTY && !process.env.CI && !process.env.NO_OPEN

buildClientIfMissing()
const server = spawn(process.execPath, [fromRoot('server/src/main.ts')], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
})
let opened = false
server.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  const url = /Quartiersnetz listening on (\S+)/.exec(chunk.toString())?.[1]
  if (url && shouldOpen && !opened) {
    opened = true
    openBrowser(url)
  }
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
