/*
 * `node client/bench/profile.ts [render|drag]`: where the real client spends its time on the
 * benchmark map — a CPU profile over the first render (or a drag), summed by function.
 * Builds unminified without source maps; file:line points into the chunk.
 */
import { startBench } from './bench-setup.ts'
import { DRAGGED_LABELS, dragNode } from './measure.ts'

const mode = process.argv[2] ?? 'render'
const size = { nodes: 1000, edges: 1500 }
// Unminified, so function names are readable; the server in its own process, as in run.ts.
const bench = await startBench({ size, prefix: 'qn-profile-', minify: false })
const { graph: expected, browser } = bench
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
  await page.goto(bench.oursUrl())
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
    // The benchmark's drag (measure.ts): the same node as in the bare app.
    await cdp.send('Profiler.start')
    await dragNode(page, DRAGGED_LABELS[1], 30)
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
  await bench.close()
}
