/*
 * `node client/bench/profile.ts [render|drag]`: where the real client spends its time on the
 * benchmark map — a CPU profile over the first render (or a drag), summed by function.
 * Builds with source maps off; names are minified but file:line points at the chunk.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { quietLogger } from '../../server/src/app/logger.ts'
import { startServer } from '../../server/src/app/start-server.ts'
import { bareGraph, storeLargeMap } from './fixtures.ts'

const mode = process.argv[2] ?? 'render'
const size = { nodes: 1000, edges: 1500 }
const root = new URL('../../', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'qn-profile-'))
const clientDir = join(work, 'client')
await build({
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: clientDir, emptyOutDir: true, sourcemap: false, minify: false },
})
const dataDir = join(work, 'data')
mkdirSync(dataDir)
const expected = bareGraph(size)
const map = await storeLargeMap(dataDir, size)
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  clientDir,
  logger: quietLogger,
})
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
interface ProfileNode {
  id: number
  children?: number[]
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.addInitScript(() => localStorage.setItem('quartiersnetz.displayName', 'Profil'))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  if (mode === 'render') await cdp.send('Profiler.start')
  await page.goto(`${server.url}/m/${map.id}#t=${map.editToken}`)
  await page.waitForFunction(
    (n) => {
      const all = document.querySelectorAll<HTMLElement>('.react-flow__node')
      if (all.length < n) return false
      for (const el of all) if (el.style.visibility === 'hidden') return false
      return true
    },
    expected.nodes.length,
    { polling: 'raf', timeout: 60_000 },
  )
  // Render: the profile ends when every node is drawn (what the benchmark times); drag: settle.
  if (mode === 'drag') await page.waitForTimeout(1500)
  if (mode === 'drag') {
    const box = await page.locator('.react-flow__node').nth(500).boundingBox()
    if (!box) throw new Error('no node')
    await page.mouse.move(box.x + 5, box.y + 5)
    await page.mouse.down()
    await cdp.send('Profiler.start')
    for (let i = 0; i < 30; i++) await page.mouse.move(box.x + 10 + i * 4, box.y + 10)
    await page.mouse.up()
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[] } }
  const byFunction = new Map<string, number>()
  let total = 0
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0
    // Percentages of the time the page was busy, not of the idle time in between.
    if (node.callFrame.functionName !== '(idle)') total += hits
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits)
  }
  // Inclusive time: a function's own samples plus everything it called (once per stack).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const inclusive = new Map<string, number>()
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`
  const walk = (n: ProfileNode, onStack: Set<string>): number => {
    const key = keyOf(n)
    const fresh = !onStack.has(key)
    if (fresh) onStack.add(key)
    let sum = n.hitCount ?? 0
    for (const child of n.children ?? []) {
      const c = byId.get(child)
      if (c) sum += walk(c, onStack)
    }
    if (fresh) {
      onStack.delete(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + sum)
    }
    return sum
  }
  const rootNode = profile.nodes[0]
  if (rootNode) walk(rootNode, new Set())
  // Samples are taken every 200 µs (setSamplingInterval above).
  const ms = (hits: number) => `${(hits * 0.2).toFixed(0).padStart(4)} ms`
  console.log(`busy ${ms(total)}`)
  console.log('--- inclusive (MapPage / app code) ---')
  for (const [key, hits] of [...inclusive.entries()]
    .filter(([k]) => /MapPage|index-|shared-|esm-|mutations-/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_ROWS ?? 45))) {
    console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${ms(hits)}  ${key}`)
  }
  console.log('--- self ---')
  const top = [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)
  for (const [key, hits] of top)
    console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${ms(hits)}  ${key}`)
} finally {
  await browser.close()
  await server.close()
  rmSync(work, { recursive: true, force: true })
}
