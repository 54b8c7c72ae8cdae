import type { CDPSession, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { addNode, centreOf, createMap, joinAs, node } from './helpers.ts'

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } })

interface Point {
  readonly x: number
  readonly y: number
}

/** Raw touch events through the DevTools protocol: Playwright's touchscreen only taps. */
class Fingers {
  private readonly cdp: CDPSession
  private constructor(cdp: CDPSession) {
    this.cdp = cdp
  }
  static async on(page: Page): Promise<Fingers> {
    return new Fingers(await page.context().newCDPSession(page))
  }
  async send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly Point[]) {
    await this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    })
  }
}

/** Rests one finger until the menu shows (no fixed wait), then lifts it. */
async function longPress(page: Page, at: Point, menuName: string | RegExp) {
  const fingers = await Fingers.on(page)
  await fingers.send('touchStart', [at])
  const menu = page.getByRole('menu', { name: menuName })
  await expect(menu).toBeVisible()
  await fingers.send('touchEnd', [])
  return menu
}

async function viewport(page: Page) {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => el.style.transform)
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(transform)
  if (!match) throw new Error(`unexpected transform ${transform}`)
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) }
}

async function emptySpot(page: Page): Promise<Point> {
  const box = await page.locator('.react-flow__pane').boundingBox()
  if (!box) throw new Error('no canvas')
  return { x: box.x + box.width * 0.25, y: box.y + box.height * 0.75 }
}

test('a long press on a node opens its menu, which the keyboard can operate', async ({ page }) => {
  const map = await createMap(page)
  await joinAs(page, map.editUrl, 'Tabea')
  await addNode(page, 'Träger', 'Caritas')

  const caritas = node(page, 'Träger', 'Caritas')
  const menu = await longPress(page, await centreOf(caritas), 'Aktionen für Caritas')
  const items = menu.getByRole('menuitem')
  await expect(items).toHaveText(['Umbenennen', 'Eigenschaften', 'Verbinden mit …', 'Löschen'])
  await expect(items.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Eigenschaften' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(menu.getByRole('menuitem', { name: 'Löschen' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Umbenennen' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(caritas).toBeFocused()

  const again = await longPress(page, await centreOf(caritas), 'Aktionen für Caritas')
  await again.getByRole('menuitem', { name: 'Umbenennen' }).tap()
  const input = page.getByLabel('Neuer Name für Träger')
  await input.fill('Caritasverband')
  await input.press('Enter')
  await expect(node(page, 'Träger', 'Caritasverband')).toBeVisible()

  const third = await longPress(
    page,
    await centreOf(node(page, 'Träger', 'Caritasverband')),
    'Aktionen für Caritasverband',
  )
  await third.getByRole('menuitem', { name: 'Löschen' }).tap()
  await expect(node(page, 'Träger', 'Caritasverband')).toBeHidden()
})

test('a long press on the empty canvas adds an actor right there', async ({ page }) => {
  const map = await createMap(page)
  await joinAs(page, map.editUrl, 'Tabea')
  const spot = await emptySpot(page)
  const menu = await longPress(page, spot, 'Hier hinzufügen')
  await menu.getByRole('menuitem', { name: 'Fachamt / Verwaltung hier hinzufügen' }).tap()
  const input = page.getByLabel('Neuer Name für Fachamt / Verwaltung')
  await input.fill('Jugendamt')
  await input.press('Enter')
  const added = node(page, 'Fachamt / Verwaltung', 'Jugendamt')
  await expect(added).toBeVisible()
  const box = await added.boundingBox()
  // The node's top-left corner is where the finger rested.
  expect(Math.abs((box?.x ?? 0) - spot.x)).toBeLessThan(40)
  expect(Math.abs((box?.y ?? 0) - spot.y)).toBeLessThan(40)
})

test('the right mouse button opens the same menu, and a pan does not', async ({ page }) => {
  const map = await createMap(page)
  await joinAs(page, map.editUrl, 'Tabea')
  await addNode(page, 'Träger', 'AWO')
  await node(page, 'Träger', 'AWO').click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Aktionen für AWO' })
  await expect(menu.getByRole('menuitem', { name: 'Umbenennen' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(menu).toBeHidden()

  // One finger moving is a pan: the view moves and no menu opens.
  const before = await viewport(page)
  const fingers = await Fingers.on(page)
  const start = await emptySpot(page)
  await fingers.send('touchStart', [start])
  for (let i = 1; i <= 8; i++)
    await fingers.send('touchMove', [{ x: start.x + i * 15, y: start.y }])
  await fingers.send('touchEnd', [])
  await expect.poll(async () => (await viewport(page)).x).toBeGreaterThan(before.x + 60)
  await expect(page.getByRole('menu')).toHaveCount(0)
})

test('two fingers pinch to zoom in and out', async ({ page }) => {
  const map = await createMap(page)
  await joinAs(page, map.editUrl, 'Tabea')
  const before = (await viewport(page)).zoom
  // On the empty canvas: a pinch that starts on a node belongs to the node (React Flow).
  const c = await emptySpot(page)
  const fingers = await Fingers.on(page)
  const spread = async (from: number, to: number) => {
    await fingers.send('touchStart', [
      { x: c.x - from, y: c.y },
      { x: c.x + from, y: c.y },
    ])
    for (let i = 1; i <= 10; i++) {
      const d = from + ((to - from) * i) / 10
      await fingers.send('touchMove', [
        { x: c.x - d, y: c.y },
        { x: c.x + d, y: c.y },
      ])
    }
    await fingers.send('touchEnd', [])
  }
  await spread(30, 110)
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(before * 1.5)
  const zoomedIn = (await viewport(page)).zoom
  await spread(110, 30)
  await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(zoomedIn / 1.5)
  await expect(page.getByRole('menu')).toHaveCount(0)
})
