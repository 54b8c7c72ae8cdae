import { gzipSync } from 'node:zlib'
import type { Browser, Page } from '@playwright/test'

export interface Sample {
  /** From navigation start until every node and link is drawn and the view is fitted (ms). */
  readonly renderMs: number
  /** Median time from one drag move to the frame after it, over DRAGGED_LABELS (ms). */
  readonly dragStepMs: number
  /** All JavaScript the page loaded until it was rendered, gzip-compressed (bytes). */
  readonly jsGzipBytes: number
}

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

async function rendered(page: Page, nodes: number, edges: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([n, e]) => {
      const all = document.querySelectorAll<HTMLElement>('.react-flow__node')
      if (all.length < n || document.querySelectorAll('.react-flow__edge').length < e) return false
      for (const el of all) if (el.style.visibility === 'hidden') return false
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')
      const scale = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? 1)
      // Fitted: the whole map is in view (both apps fit a 1 000-node map well below 0.6).
      return scale < 0.6 ? performance.now() : false
    },
    [nodes, edges] as const,
    { polling: 'raf', timeout: 120_000 },
  )
  return (await handle.jsonValue()) as number
}

/**
 * The nodes each side drags, by name: the same nodes with the same links in both apps (the
 * node under the middle of the pane differs, as our pane is smaller, and a node with twice the
 * links moves twice the lines). Three of them, so no single node's neighbourhood decides.
 */
export const DRAGGED_LABELS = ['Akteur 250', 'Akteur 500', 'Akteur 750'] as const

/** The centre of the node showing `label` (bare: the node's text; ours: its name). */
export async function nodeCentre(page: Page, label: string): Promise<{ x: number; y: number }> {
  return page.evaluate((name) => {
    const shows = (el: Element) =>
      [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent === name)
    const node = [...document.querySelectorAll('.react-flow__node')].find(
      (n) => shows(n) || [...n.querySelectorAll('*')].some(shows),
    )
    const box = node?.getBoundingClientRect()
    if (!box) throw new Error(`no node ${name} to drag`)
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }, label)
}

/** Drags the node showing `label` in `steps` moves of 4 px; resolves with each step's time. */
export async function dragNode(page: Page, label: string, steps: number): Promise<number[]> {
  const start = await nodeCentre(page, label)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  // Past React Flow's drag threshold, then measured steps.
  for (let i = 1; i <= 3; i++) {
    await page.mouse.move(start.x + i * 3, start.y + i * 3)
    await page.evaluate(nextFrame)
  }
  const times: number[] = []
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now()
    await page.mouse.move(start.x + 9 + i * 4, start.y + 9 + (i % 2) * 4)
    await page.evaluate(nextFrame)
    times.push(performance.now() - t0)
  }
  await page.mouse.up()
  return times
}

/** The median step of dragging each of DRAGGED_LABELS `stepsEach` times. */
async function dragSteps(page: Page, stepsEach: number): Promise<number> {
  const times: number[] = []
  for (const label of DRAGGED_LABELS) times.push(...(await dragNode(page, label, stepsEach)))
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

/** Opens `url` in a fresh context and measures render, drag and JavaScript size. */
export async function measure(
  browser: Browser,
  url: string,
  size: { nodes: number; edges: number },
  init?: () => void,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  if (init) await page.addInitScript(init)
  const scripts: Promise<Buffer>[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.body())
  })
  await page.goto(url)
  const renderMs = await rendered(page, size.nodes, size.edges)
  const jsGzipBytes = (await Promise.all(scripts)).reduce(
    (sum, body) => sum + gzipSync(body, { level: 9 }).length,
    0,
  )
  // BENCH_CSS='…' (diagnosis only): a style sheet added before the drag, to try what it costs.
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS })
  const dragStepMs = await dragSteps(page, 10)
  await context.close()
  return { renderMs, dragStepMs, jsGzipBytes }
}
