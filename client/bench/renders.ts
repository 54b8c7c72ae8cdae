/*
 * `node client/bench/renders.ts`: which React components re-render during one drag step of the
 * benchmark map, in the real client and in the bare React Flow app — commits per step and
 * rendered components by name (read from React's DevTools hook, production build, names kept).
 * A diagnosis aid for the drag budget next to profile.ts; the verdict comes from run.ts alone.
 */
import type { Page } from '@playwright/test'
import { startBench } from './bench-setup.ts'
import { DRAGGED_LABELS, nodeCentre } from './measure.ts'

const size = { nodes: 1000, edges: 1500 }
const STEPS = 10
const bench = await startBench({ size, prefix: 'qn-renders-', minify: false })
const { bare, browser } = bench

// Installed before React loads: counts commits and the components each commit rendered.
function hook() {
  type Fiber = {
    tag: number
    flags: number
    type: unknown
    elementType: unknown
    alternate: Fiber | null
    memoizedProps: unknown
    memoizedState: unknown
    child: Fiber | null
    sibling: Fiber | null
  }
  const w = window as unknown as {
    __counts: Record<string, number>
    __commits: number
    __on: boolean
  }
  w.__counts = {}
  w.__commits = 0
  w.__on = false
  const nameOf = (f: Fiber) => {
    const t = (f.type ?? f.elementType) as {
      displayName?: string
      name?: string
      type?: { name?: string }
      render?: { name?: string }
    } | null
    return t?.displayName || t?.name || t?.type?.name || t?.render?.name || `tag${f.tag}`
  }
  const seen = new WeakMap<Fiber, [unknown, unknown]>()
  // Commits made inside animation-frame callbacks are counted under "raf:" names.
  let inFrame = false
  let frameOrigin = ''
  const nativeFrame = window.requestAnimationFrame.bind(window)
  window.requestAnimationFrame = (callback) => {
    const origin = (new Error().stack ?? '').split('\n').slice(2, 5).join(' <- ')
    return nativeFrame((time) => {
      inFrame = true
      frameOrigin = origin
      try {
        callback(time)
      } finally {
        queueMicrotask(() => {
          inFrame = false
        })
      }
    })
  }
  const walk = (f: Fiber | null) => {
    while (f) {
      // A context provider whose value changed in this commit (tag 10: ContextProvider).
      if (f.tag === 10 && (f.flags & 1) !== -1) {
        const before = seen.get(f)
        const value = (f.memoizedProps as { value?: unknown } | null)?.value
        const prevValue = before ? (before[0] as { value?: unknown } | null)?.value : undefined
        if (before && value !== prevValue) {
          const ctx = f.type as { displayName?: string; _context?: { displayName?: string } }
          const keys =
            value && typeof value === 'object'
              ? Object.keys(value).slice(0, 4).join(',')
              : typeof value
          const n = `context changed: ${ctx?.displayName ?? ctx?._context?.displayName ?? '?'} {${keys}}`
          w.__counts[n] = (w.__counts[n] ?? 0) + 1
        }
      }
      const component = f.tag === 0 || f.tag === 1 || f.tag === 11 || f.tag === 14 || f.tag === 15
      // React sets PerformedWork (flag 1) on a fiber whose component ran; a subtree React
      // skipped keeps its old fibers (and flags), recognised by unchanged props and state.
      const before = seen.get(f)
      const fresh = !before || before[0] !== f.memoizedProps || before[1] !== f.memoizedState
      seen.set(f, [f.memoizedProps, f.memoizedState])
      const rendered = fresh && (f.flags & 1) === 1
      if (component && rendered) {
        const n = (inFrame ? 'raf:' : '') + nameOf(f)
        w.__counts[n] = (w.__counts[n] ?? 0) + 1
      }
      walk(f.child)
      f = f.sibling
    }
  }
  ;(
    window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
  ).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() {
      return 1
    },
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      if (!w.__on) {
        walk(root.current.child)
        w.__counts = {}
        return
      }
      w.__commits++
      if (inFrame)
        w.__counts[`frame from ${frameOrigin}`] = (w.__counts[`frame from ${frameOrigin}`] ?? 0) + 1
      walk(root.current.child)
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  }
}

async function drag(page: Page, url: string) {
  await page.addInitScript(hook)
  await page.addInitScript(() => localStorage.setItem('quartiersnetz.displayName', 'Zähler'))
  await page.goto(url)
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node').length >= n,
    size.nodes,
  )
  await page.waitForTimeout(2000)
  // The benchmark's dragged node (measure.ts), the same one in both apps.
  const centre = await nodeCentre(page, DRAGGED_LABELS[1])
  await page.mouse.move(centre.x, centre.y)
  await page.mouse.down()
  for (let i = 1; i <= 3; i++) await page.mouse.move(centre.x + i * 3, centre.y + i * 3)
  await page.waitForTimeout(300)
  await page.evaluate(() => {
    ;(window as unknown as { __on: boolean }).__on = true
  })
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.move(centre.x + 9 + i * 4, centre.y + 9 + (i % 2) * 4)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  }
  const result = await page.evaluate(() => {
    const w = window as unknown as {
      __counts: Record<string, number>
      __commits: number
      __on: boolean
    }
    w.__on = false
    return { commits: w.__commits, counts: w.__counts }
  })
  await page.mouse.up()
  console.log(`commits per step: ${(result.commits / STEPS).toFixed(1)}`)
  const rows = Object.entries(result.counts).sort((a, b) => b[1] - a[1])
  const total = rows.reduce((s, [, c]) => s + c, 0)
  console.log(`components rendered per step: ${(total / STEPS).toFixed(1)}`)
  for (const [name, count] of rows.slice(0, 40))
    console.log(`${(count / STEPS).toFixed(1).padStart(8)}  ${name}`)
}

try {
  for (const side of ['bare', 'ours']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    console.log(`--- ${side} ---`)
    await drag(page, side === 'bare' ? bare.url : bench.oursUrl())
    await page.close()
  }
} finally {
  await bench.close()
}
