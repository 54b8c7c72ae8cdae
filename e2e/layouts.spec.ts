import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { createMap, joinAs, node } from './helpers.ts'
import { seedNeighbourhood, tokenOf } from './view-seed.ts'

const ACTORS = [
  ['Fachamt / Verwaltung', 'Jugendamt'],
  ['Angebot / Einrichtung', 'Jugendzentrum'],
  ['Angebot / Einrichtung', 'Kita Sonnenschein'],
  ['Träger', 'Caritas'],
  ['Fachamt / Verwaltung', 'Gesundheitsamt'],
  ['Angebot / Einrichtung', 'Praxis am Markt'],
  ['Bewohner*innengruppe / Initiative', 'Nachbarschaftsinitiative'],
] as const

/** Positions in flow coordinates, from React Flow's transform of each node. */
async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  const out: Record<string, { x: number; y: number }> = {}
  for (const [kind, label] of ACTORS) {
    out[label] = await node(page, kind, label).evaluate((el) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform)
      return { x: Math.round(m.m41), y: Math.round(m.m42) }
    })
  }
  return out
}

async function arrange(page: Page, name: string) {
  await page.getByRole('button', { name: 'Anordnen' }).click()
  await page.getByRole('menuitem', { name: new RegExp(`^${name}`) }).click()
  await expect(
    page.getByRole('status').filter({ hasText: `Karte angeordnet: ${name}` }),
  ).toBeAttached()
}

const xOf = (p: Locator) =>
  p.evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).m41)

test('a layout is one shared step: both users see the Säulen, undo takes it back for both', async ({
  people,
  baseURL,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await seedNeighbourhood(baseURL as string, map.id, tokenOf(map.editUrl))
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page
  await expect(node(B, 'Träger', 'Caritas')).toBeVisible()
  const before = await positions(B)

  await arrange(A, 'Säulen')
  // Säulen: one column per sector in vocabulary order (youth, social, education, health, none).
  const amt = (p: Page) => node(p, 'Fachamt / Verwaltung', 'Jugendamt')
  const zentrum = (p: Page) => node(p, 'Angebot / Einrichtung', 'Jugendzentrum')
  const praxis = (p: Page) => node(p, 'Angebot / Einrichtung', 'Praxis am Markt')
  for (const page of [A, B]) {
    await expect.poll(async () => (await xOf(amt(page))) === (await xOf(zentrum(page)))).toBe(true)
    await expect.poll(async () => (await xOf(praxis(page))) > (await xOf(zentrum(page)))).toBe(true)
  }
  await expect.poll(() => positions(B)).toEqual(await positions(A))
  // Each column is headed by its Säule, for both.
  for (const page of [A, B]) {
    await expect(page.locator('.pillar-heading', { hasText: 'Jugendhilfe' })).toBeVisible()
    await expect(page.locator('.pillar-heading', { hasText: 'ohne Säule' })).toBeVisible()
  }
  const pillars = await positions(A)
  expect(pillars).not.toEqual(before)

  // The whole layout is one undo step of A's, and B sees it undone too.
  await node(A, 'Träger', 'Caritas').click()
  await A.keyboard.press('Control+z')
  await expect.poll(() => positions(B)).toEqual(before)
  await expect.poll(() => positions(A)).toEqual(before)
  await expect(A.locator('.pillar-heading')).toHaveCount(0)
})

test('force-directed and layered layouts reach the other user and keep the notes aside', async ({
  people,
  baseURL,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await seedNeighbourhood(baseURL as string, map.id, tokenOf(map.editUrl))
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page
  await expect(node(B, 'Träger', 'Caritas')).toBeVisible()
  const note = (p: Page) => p.locator('.react-flow__node-note')

  for (const name of ['Ebenen', 'Kräfte']) {
    const before = await positions(A)
    await arrange(A, name)
    await expect.poll(() => positions(A)).not.toEqual(before)
    await expect.poll(() => positions(B)).toEqual(await positions(A))
    const actorsRight = Math.max(...Object.values(await positions(A)).map((p) => p.x))
    expect(await xOf(note(B))).toBeGreaterThan(actorsRight)
  }
  // Layered: the Caritas funds the Jugendzentrum, so it sits above it.
  await arrange(A, 'Ebenen')
  const layered = await positions(B)
  expect(layered.Caritas?.y).toBeLessThan(layered.Jugendzentrum?.y ?? 0)
})
