import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { bareGraph, type GraphSize, serveStatic, storeLargeMap } from './fixtures.ts'

const root = new URL('../../', import.meta.url).pathname

/**
 * Both sides of the browser benchmark, as run.ts measures them and the diagnosis scripts
 * (renders.ts, timeline.ts) look into them: the real client built and served by our server with
 * the large map stored, the bare React Flow app served with the same graph, and Chromium.
 */
export async function startBench(options: {
  readonly size: GraphSize
  /** Name of the temporary folder. */
  readonly prefix: string
  /** Unminified builds keep component names readable (renders.ts). */
  readonly minify?: boolean
}) {
  const minify = options.minify ?? true
  const work = mkdtempSync(join(tmpdir(), options.prefix))
  const clientDir = join(work, 'client')
  const bareDir = join(work, 'bare')
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir: clientDir,
      emptyOutDir: true,
      sourcemap: false,
      ...(minify ? {} : { minify }),
    },
  })
  await build({
    configFile: false,
    root: join(root, 'client/bench/bare'),
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: bareDir, emptyOutDir: true, ...(minify ? {} : { minify }) },
  })
  const graph = bareGraph(options.size)
  const dataDir = join(work, 'data')
  mkdirSync(dataDir)
  const map = await storeLargeMap(dataDir, options.size)
  const server = await spawnBenchServer(dataDir, clientDir)
  const bare = await serveStatic(bareDir, JSON.stringify(graph))
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  return {
    graph,
    map,
    server,
    bare,
    browser,
    /** The benchmark map in the real client, with the edit link. */
    oursUrl: () => `${server.url}/m/${map.id}#t=${map.editToken}`,
    async close() {
      await browser.close()
      await server.close()
      bare.server.close()
      rmSync(work, { recursive: true, force: true })
    },
  }
}

/** Starts serve-bench.ts as a process of its own; resolves with its URL and what stops it. */
async function spawnBenchServer(dataDir: string, clientDir: string) {
  const script = new URL('./serve-bench.ts', import.meta.url).pathname
  const child = spawn(process.execPath, [script, dataDir, clientDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening on (\S+)/.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code}): ${out}`)))
  })
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
