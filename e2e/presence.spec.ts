import { expect, test } from './fixtures.ts'
import { addNode, centreOf, createMap, joinAs, node } from './helpers.ts'

test('participants see each other, their pointers with names and their selections', async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page

  const listA = A.getByRole('region', { name: /Gerade dabei/ })
  const listB = B.getByRole('region', { name: /Gerade dabei/ })
  await expect(listA.getByText('Bert', { exact: true })).toBeVisible()
  await expect(listA.getByText('Anna (Sie)')).toBeVisible()
  await expect(listB.getByText('Anna', { exact: true })).toBeVisible()
  await expect(listB.getByText('Bert (Sie)')).toBeVisible()

  // A's pointer over the canvas shows up for B with A's name.
  const canvas = A.getByRole('application', { name: /Netzwerkkarte/ })
  const centre = await centreOf(canvas)
  await A.mouse.move(centre.x - 200, centre.y - 120, { steps: 4 })
  await expect(B.getByRole('img', { name: 'Zeiger von Anna' })).toBeVisible()
  await expect(B.getByRole('img', { name: 'Zeiger von Anna' })).toContainText('Anna')

  // A's selected node is outlined for B and carries A's name.
  await addNode(A, 'Träger', 'Diakonie')
  const atB = node(B, 'Träger', 'Diakonie')
  await expect(atB.getByText('Anna', { exact: true })).toBeVisible()
  await expect(atB.locator('.qn-node')).toHaveClass(/is-remote-selected/)

  // When A selects nothing, the outline goes away.
  await A.keyboard.press('Escape')
  await A.mouse.click(centre.x - 300, centre.y + 200)
  await expect(atB.getByText('Anna', { exact: true })).toHaveCount(0)

  // When A leaves, B's list shrinks.
  await anna.context.close()
  await expect(listB.getByText('Anna', { exact: true })).toHaveCount(0, { timeout: 40_000 })
})

test('the name is asked once and remembered for the next map', async ({ people }) => {
  const anna = await people.open()
  const first = await createMap(anna.page)
  await joinAs(anna.page, first.editUrl, 'Anna')
  const second = await createMap(anna.page, 'Zweite Karte')
  await anna.page.goto(second.editUrl)
  await expect(anna.page.getByRole('heading', { name: 'Zweite Karte' })).toBeVisible()
  await expect(anna.page.getByRole('dialog')).toHaveCount(0)
  await expect(
    anna.page.getByRole('region', { name: /Gerade dabei/ }).getByText('Anna (Sie)'),
  ).toBeVisible()
})
