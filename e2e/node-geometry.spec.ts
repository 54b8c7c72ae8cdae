import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { node } from './helpers.ts'

/*
 * React Flow is told an actor node's size and handles before it draws it, so a large map is
 * drawn in one pass (client/src/map/canvas/node-geometry.ts). These specs hold that prediction
 * to what the browser actually lays out, near and far out, and show that a node that comes out
 * taller is measured and its links follow it.
 */

// ACTOR_NODE_SIZE and handlesFor() in node-geometry.ts, as the browser must lay them out.
const WIDTH = 220
const HEIGHT = 72
const SOURCE = { x: WIDTH, y: HEIGHT / 2 - 7, width: 14, height: 14 }

async function openSample(page: Page) {
  const response = await page.request.post('/api/maps', {
    data: { title: 'Musterviertel', sample: 'musterviertel' },
  })
  const map = (await response.json()) as { editUrl: string }
  await page.addInitScript(() => localStorage.setItem('quartiersnetz.displayName', 'Anna'))
  await page.goto(map.editUrl)
  await expect(node(page, 'Träger', 'Caritasverband')).toBeVisible()
}

/** Every two-line actor node's box and handles, in flow units. */
function layout(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')
    const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).m22 : 1
    const round = (v: number) => Math.round(v * 10) / 10
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((n) => !n.classList.contains('react-flow__node-note'))
      .map((n) => {
        const box = n.getBoundingClientRect()
        const handle = (kind: string) => {
          const h = n.querySelector(`.react-flow__handle.${kind}`)?.getBoundingClientRect()
          if (!h) return null
          return {
            x: round((h.x - box.x) / zoom),
            y: round((h.y - box.y) / zoom),
            width: round(h.width / zoom),
            height: round(h.height / zoom),
          }
        }
        return {
          kind: n.className.match(/react-flow__node-(\w+)/)?.[1],
          width: n.offsetWidth,
          height: n.offsetHeight,
          target: handle('target'),
          source: handle('source'),
        }
      })
  })
}

test('actor nodes are laid out exactly as predicted, near and far out', async ({ page }) => {
  await openSample(page)
  for (const far of [false, true]) {
    if (far) {
      await page.locator('.react-flow__pane').hover()
      for (let i = 0; i < 6 && !(await page.locator('.canvas.is-far').count()); i++) {
        await page.mouse.wheel(0, 400)
      }
      await expect(page.locator('.canvas.is-far')).toHaveCount(1)
    }
    const nodes = (await layout(page)).filter((n) => n.height === HEIGHT)
    expect(new Set(nodes.map((n) => n.kind)).size).toBeGreaterThanOrEqual(5)
    for (const n of nodes) {
      expect(n.width).toBe(WIDTH)
      expect(n.target).toEqual({ x: 0, y: 0, width: WIDTH, height: HEIGHT })
      expect(n.source).toEqual(SOURCE)
    }
  }
})

test('a node whose name needs more room is measured, and its links follow it', async ({ page }) => {
  await openSample(page)
  const label = 'Caritasverband für die Stadt Köln, Fachdienst für Integration und Migration'
  await node(page, 'Träger', 'Caritasverband').dblclick()
  const input = page.getByLabel('Neuer Name für Träger')
  await input.fill(label)
  await input.press('Enter')
  const grown = node(page, 'Träger', label)
  await expect(grown).toBeVisible()
  await expect
    .poll(async () => {
      const geometry = await page.evaluate((name) => {
        const el = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find(
          (n) => n.getAttribute('aria-label') === `Träger: ${name}`,
        )
        if (!el) return null
        const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(el.style.transform)
        const ends = [...document.querySelectorAll('.react-flow__edge')]
          .filter((e) => e.getAttribute('aria-label')?.includes(name))
          .map((e) => {
            const d = e.querySelector('path')?.getAttribute('d') ?? ''
            const numbers = d.match(/-?[\d.]+/g)?.map(Number) ?? []
            return [numbers.slice(0, 2), numbers.slice(-2)]
          })
        return { x: Number(m?.[1]), y: Number(m?.[2]), height: el.offsetHeight, ends }
      }, label)
      if (!geometry || geometry.height <= HEIGHT || geometry.ends.length === 0) return false
      const middle = geometry.y + geometry.height / 2
      // Each link ends at the middle of the node's side: its left (target) or its handle (source).
      return geometry.ends.every(([start = [], end = []]) =>
        [start, end].some(
          ([x = Number.NaN, y = Number.NaN]) =>
            Math.abs(y - middle) < 0.5 &&
            (Math.abs(x - geometry.x) < 0.5 || Math.abs(x - (geometry.x + WIDTH + 14)) < 0.5),
        ),
      )
    })
    .toBe(true)
})
