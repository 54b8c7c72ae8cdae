import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { createMap, joinAs, node } from './helpers.ts'
import { seedNeighbourhood, tokenOf } from './view-seed.ts'

const label = (page: Page) =>
  node(page, 'Träger', 'Caritas')
    .locator('.qn-node__label')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))

test('presentation mode shows only the map in large type, and Escape or the button ends it', async ({
  people,
  baseURL,
}) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  await seedNeighbourhood(baseURL as string, map.id, tokenOf(map.editUrl))
  await joinAs(anna.page, map.editUrl, 'Anna')
  const A = anna.page
  await expect(node(A, 'Träger', 'Caritas')).toBeVisible()
  const normalSize = await label(A)
  const toolbar = A.getByRole('navigation', { name: 'Werkzeuge' })
  const minimap = A.getByRole('img', { name: 'Übersichtskarte' })
  await expect(toolbar).toBeVisible()
  await expect(minimap).toBeVisible()

  await A.getByRole('button', { name: 'Präsentation' }).click()
  await expect(toolbar).toBeHidden()
  await expect(A.getByRole('banner')).toBeHidden()
  await expect(A.getByRole('tab', { name: 'Filter' })).toBeHidden()
  await expect(minimap).toBeHidden()
  await expect(node(A, 'Träger', 'Caritas')).toBeVisible()
  expect(await label(A)).toBeGreaterThan(normalSize)

  await A.keyboard.press('Escape')
  await expect(toolbar).toBeVisible()
  await expect(A.getByRole('banner')).toBeVisible()

  await A.getByRole('button', { name: 'Präsentation' }).click()
  await expect(toolbar).toBeHidden()
  await A.getByRole('button', { name: 'Präsentation beenden' }).click()
  await expect(toolbar).toBeVisible()
})

test('a view link can present too, and the minimap can be switched off', async ({
  people,
  baseURL,
}) => {
  const viewer = await people.open()
  const map = await createMap(viewer.page)
  await seedNeighbourhood(baseURL as string, map.id, tokenOf(map.editUrl))
  const V = viewer.page
  await V.goto(map.viewUrl)
  await expect(V.getByText('Nur ansehen')).toBeVisible()
  await expect(node(V, 'Träger', 'Caritas')).toBeVisible()

  const minimapButton = V.getByRole('button', { name: 'Übersichtskarte' })
  await expect(minimapButton).toHaveAttribute('aria-pressed', 'true')
  await minimapButton.click()
  await expect(V.getByRole('img', { name: 'Übersichtskarte' })).toBeHidden()
  await expect(minimapButton).toHaveAttribute('aria-pressed', 'false')

  await V.getByRole('button', { name: 'Präsentation' }).click()
  await expect(V.getByText('Nur ansehen')).toBeHidden()
  await expect(node(V, 'Träger', 'Caritas')).toBeVisible()
  await V.screenshot({ path: 'test-results/presentation-view-link.png' })
  await V.keyboard.press('Escape')
  await expect(V.getByText('Nur ansehen')).toBeVisible()
})
