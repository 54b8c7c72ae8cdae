import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test'

export interface MapLinks {
  readonly id: string
  readonly editUrl: string
  readonly viewUrl: string
}

/** Creates a map through the public API, as the start page does. */
export async function createMap(page: Page, title = 'Stadtteilkonferenz Kalk'): Promise<MapLinks> {
  const response = await page.request.post('/api/maps', { data: { title, area: 'Köln-Kalk' } })
  expect(response.status()).toBe(201)
  return (await response.json()) as MapLinks
}

export interface User {
  readonly context: BrowserContext
  readonly page: Page
}

/**
 * A second, separate browser user (own storage, own awareness identity), closed by hand.
 * Specs take `people.open()` from fixtures.ts instead, which closes its users after the test.
 */
export async function newUser(browser: Browser): Promise<User> {
  const context = await browser.newContext()
  return { context, page: await context.newPage() }
}

/** Opens an edit link and answers the name dialog. */
export async function joinAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url)
  const dialog = page.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Ihr Name').fill(name)
  await dialog.getByRole('button', { name: 'Weiter' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
}

/** Adds a node of a kind via the toolbar and names it in place. */
export async function addNode(page: Page, kind: string, label: string): Promise<void> {
  await page.getByRole('button', { name: `${kind} hinzufügen` }).click()
  // A note is multi-line text: Enter starts a new line, Ctrl+Enter finishes.
  const note = kind === 'Notiz'
  const input = page.getByLabel(note ? 'Text der Notiz' : `Neuer Name für ${kind}`)
  await expect(input).toBeFocused()
  await input.fill(label)
  await input.press(note ? 'Control+Enter' : 'Enter')
  await expect(node(page, kind, label)).toBeVisible()
}

/** A node on the canvas, found by its accessible name ("Träger: Caritas"). */
export const node = (page: Page, kind: string, label: string) =>
  page.getByRole('group', { name: `${kind}: ${label}`, exact: true })

/** The centre of an element in page coordinates. */
export async function centreOf(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('element has no box')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Drags with real mouse events in small steps (React Flow listens to pointer moves). */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 })
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}
