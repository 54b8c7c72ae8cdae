/**
 * `npm run dev`: the server with `node --watch` on PORT (default 8080) and the Vite dev server
 * with hot reload on 5173, which proxies /api and /collab to it (vite.config.ts). Ctrl-C
 * stops both; if one of them dies, the other is stopped too.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fromRoot = (path: string) => fileURLToPath(new URL(path, new URL('../../', import.meta.url)))
const port = process.env.PORT || '8080'
const env = { ...process.env, PORT: port }

const children: ChildProcess[] = [
  spawn(process.execPath, ['--watch', fromRoot('server/src/main.ts')], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
  spawn(
    process.execPath,
    [fromRoot('node_modules/vite/bin/vite.js'), '--port', '5173', '--strictPort'],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  ),
]
process.stderr.write(
  `Quartiersnetz dev: open http://localhost:5173 (API and /collab proxied to port ${port}).\n`,
)

let stopping = false
function stopAll(exitCode: number): void {
  if (stopping) return
  stopping = true
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  let running = children.filter((c) => c.exitCode === null && c.signalCode === null).length
  if (running === 0) process.exit(exitCode)
  for (const child of children) {
    child.once('exit', () => {
      running -= 1
      if (running <= 0) process.exit(exitCode)
    })
  }
  setTimeout(() => process.exit(exitCode), 10_000).unref()
}

process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))
for (const child of children) {
  child.on('exit', (code) => stopAll(code ?? 1))
}
