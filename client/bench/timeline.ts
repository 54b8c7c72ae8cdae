/*
 * `node client/bench/timeline.ts [ours|bare|both]`: where the first-render time goes, phase by
 * phase — script and API responses, long tasks, the first node in the DOM, all nodes visible,
 * the view fitted — for the real client and the bare React Flow app on the benchmark map.
 * A diagnosis aid next to profile.ts; the budget verdict comes from run.ts alone.
 */
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { startBench } from './bench-setup.ts'
import { DRAGGED_LABELS, dragNode, nodeCentre } from './measure.ts'

const which = process.argv[2] ?? 'both'
// DRAG=1: the breakdown covers 30 drag steps after the first render instead of the render.
const dragMode = process.env.DRAG === '1'
const size = { nodes: 1000, edges: 1500 }
// MINIFY=0: readable function names in FRAMES and TRACE_OUT.
const bench = await startBench({ size, prefix: 'qn-timeline-', minify: process.env.MINIFY !== '0' })
const { bare, browser } = bench

// Runs in the page from its start: records milestones of the drawing by polling each frame.
function watch(n: number) {
  const marks: [string, number][] = []
  ;(window as unknown as { __marks: typeof marks }).__marks = marks
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      marks.push([`longtask ${Math.round(e.duration)} ms`, Math.round(e.startTime)])
  }).observe({ type: 'longtask', buffered: true })
  const seen = new Set<string>()
  const mark = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    marks.push([name, Math.round(performance.now())])
  }
  const poll = () => {
    const all = document.querySelectorAll<HTMLElement>('.react-flow__node')
    if (document.querySelector('.react-flow')) mark('canvas in DOM')
    if (all.length > 0) mark('first node in DOM')
    if (all.length >= n) {
      mark('all nodes in DOM')
      let hidden = 0
      for (const el of all) if (el.style.visibility === 'hidden') hidden++
      if (hidden === 0) mark('all nodes visible')
      const vp = document.querySelector<HTMLElement>('.react-flow__viewport')
      const scale = Number(/scale\(([\d.]+)\)/.exec(vp?.style.transform ?? '')?.[1] ?? 1)
      if (hidden === 0 && scale < 0.6) {
        mark(`fitted (bench end) elements=${document.querySelectorAll('*').length}`)
        performance.mark('qn-fitted')
        return
      }
    }
    requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
  // WebSocket milestones: when the socket opened and when its first large message (the map) came.
  const Native = window.WebSocket
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols)
      mark(`ws created`)
      this.addEventListener('open', () => mark('ws open'))
      let i = 0
      this.addEventListener('message', (e) => {
        i++
        const bytes = e.data instanceof ArrayBuffer ? e.data.byteLength : String(e.data).length
        if (i <= 6 || bytes > 10_000)
          marks.push([`ws message ${i} (${bytes} B)`, Math.round(performance.now())])
      })
    }
  }
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: unknown }
}

/**
 * Main-thread CPU time (thread time, so other load on this shared machine does not count) from
 * navigation until the view is fitted, split by the kind of work.
 */
function cpuBreakdown(events: TraceEvent[]) {
  const end = events.find((e) => e.name === (dragMode ? 'qn-drag-end' : 'qn-fitted'))
  if (!end) return 'no end mark in trace'
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === end.pid,
  )
  const tid = main?.tid ?? end.tid
  const start =
    events.find(
      (e) => e.pid === end.pid && e.name === (dragMode ? 'qn-drag-start' : 'navigationStart'),
    )?.ts ?? 0
  const within = events.filter(
    (e) => e.pid === end.pid && e.tid === tid && e.ph === 'X' && e.ts >= start && e.ts <= end.ts,
  )
  const sum = (name: string) =>
    within.filter((e) => e.name === name).reduce((t, e) => t + (e.tdur ?? 0), 0) / 1000
  const wall = (end.ts - start) / 1000
  if (process.env.TASKS) {
    // TASKS=<ms>: every main-thread task over 3 ms with what in it took over <ms>, and the idle
    // gaps between them.
    let last = start
    for (const e of within.filter((t) => t.name === 'RunTask' && (t.dur ?? 0) > 3000)) {
      const gap = (e.ts - last) / 1000
      if (gap > 3) console.log(`   idle ${gap.toFixed(0)} ms`)
      const inner = within
        .filter((c) => c !== e && c.ts >= e.ts && c.ts + (c.dur ?? 0) <= e.ts + (e.dur ?? 0))
        .filter((c) => c.name !== 'RunTask' && (c.dur ?? 0) > Number(process.env.TASKS) * 1000)
        .slice(0, 8)
        .map((c) => `${c.name} ${((c.dur ?? 0) / 1000).toFixed(0)}`)
      console.log(
        `   task at ${((e.ts - start) / 1000).toFixed(0)} ms: ${((e.dur ?? 0) / 1000).toFixed(0)} ms (${inner.join(', ')})`,
      )
      last = e.ts + (e.dur ?? 0)
    }
  }
  if (process.env.FRAMES) {
    // What the animation-frame callbacks ran: functions called inside FireAnimationFrame.
    const frames = within.filter((e) => e.name === 'FireAnimationFrame')
    const byFn = new Map<string, number>()
    for (const e of within) {
      if (e.name !== 'FunctionCall') continue
      if (!frames.some((f) => e.ts >= f.ts && e.ts <= f.ts + (f.dur ?? 0))) continue
      const d = (e.args as { data?: { functionName?: string; url?: string; lineNumber?: number } })
        ?.data
      const key = `${d?.functionName || '?'} ${d?.url?.split('/').pop()}:${d?.lineNumber}`
      byFn.set(key, (byFn.get(key) ?? 0) + (e.tdur ?? 0) / 1000)
    }
    for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`   ${v.toFixed(0)} ms in rAF: ${k}`)
  }
  const names = [
    'RunTask',
    'FunctionCall',
    'EvaluateScript',
    'v8.evaluateModule',
    'v8.compileModule',
    'v8.callFunction',
    'v8.compile',
    'TimerFire',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'MinorGC',
    'MajorGC',
    'ParseHTML',
    'HitTest',
  ]
  return `wall ${wall.toFixed(0)} ms; main-thread CPU: ${names.map((n) => `${n} ${sum(n).toFixed(0)}`).join(', ')}`
}

async function timeline(page: Page, url: string) {
  await page.addInitScript(watch, size.nodes)
  await page.addInitScript(() => localStorage.setItem('quartiersnetz.displayName', 'Zeitachse'))
  await page.goto(url)
  await page.waitForFunction(
    () =>
      (window as unknown as { __marks: [string, number][] }).__marks.some(([m]) =>
        m.startsWith('fitted'),
      ),
    undefined,
    { timeout: 120_000 },
  )
  await page.waitForTimeout(300)
  const marks = await page.evaluate(() => {
    const out = (window as unknown as { __marks: [string, number][] }).__marks.slice()
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      out.push([
        `response ${new URL(r.name).pathname.split('/').pop()} (start ${Math.round(r.startTime)})`,
        Math.round(r.responseEnd),
      ])
    return out
  })
  for (const [name, at] of marks.sort((a, b) => a[1] - b[1]))
    console.log(`${String(at).padStart(6)} ms  ${name}`)
}

// The benchmark's drag (client/bench/measure.ts): the same node in both apps, 30 steps of 4 px.
async function dragSteps(page: Page) {
  const label = DRAGGED_LABELS[Number(process.env.DRAG_NODE ?? 1)] ?? DRAGGED_LABELS[1]
  console.log(`drag ${label} from ${JSON.stringify(await nodeCentre(page, label))}`)
  await page.evaluate(() => performance.mark('qn-drag-start'))
  await dragNode(page, label, 30)
  await page.evaluate(() => performance.mark('qn-drag-end'))
}

try {
  // As in run.ts: one unmeasured visit per side, so the server's one-off work (compressing each
  // built file once) does not show up as part of a visit.
  for (const url of [bare.url, bench.oursUrl()]) {
    const page = await browser.newPage()
    await page.goto(url)
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__node').length >= n,
      size.nodes,
      { timeout: 60_000 },
    )
    // WARM=1: keep the warm-up page open, so the measured visit finds the map already loaded.
    if (!process.env.WARM) await page.close()
  }
  for (const side of which === 'both' ? ['bare', 'ours'] : [which]) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: process.env.BLOCK_SW ? 'block' : 'allow',
    })
    console.log(`--- ${side} ---`)
    if (dragMode) {
      await timeline(page, side === 'bare' ? bare.url : bench.oursUrl())
      // CSS='…': a style sheet added before the drag, to try what a style costs per step.
      if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS })
      // DRAG_WAIT=<ms> after the first render before the drag (default 1 500; the bench: 0).
      await page.waitForTimeout(Number(process.env.DRAG_WAIT ?? 1500))
    }
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'blink.user_timing',
        'v8',
        '__metadata',
        'disabled-by-default-devtools.timeline',
      ],
    })
    if (dragMode) await dragSteps(page)
    else await timeline(page, side === 'bare' ? bare.url : bench.oursUrl())
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[]
    }
    // TRACE_OUT=<file>: the raw trace too, for chrome://tracing or a closer look.
    if (process.env.TRACE_OUT)
      writeFileSync(`${process.env.TRACE_OUT}.${side}.json`, JSON.stringify(trace))
    console.log(cpuBreakdown(trace.traceEvents))
    await page.close()
  }
} finally {
  await bench.close()
}
