import { expect, test } from './fixtures.ts'
import { addNode, centreOf, createMap, drag, joinAs, node } from './helpers.ts'

test('two people edit one map live: add, rename, connect, move and delete', async ({ people }) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page

  // A adds a Träger and names it; B sees it.
  await addNode(A, 'Träger', 'Caritas')
  await expect(node(B, 'Träger', 'Caritas')).toBeVisible()

  // B adds an Angebot; A sees it.
  await addNode(B, 'Angebot / Einrichtung', 'Jugendzentrum')
  await expect(node(A, 'Angebot / Einrichtung', 'Jugendzentrum')).toBeVisible()

  // A drags from Caritas' handle onto the Jugendzentrum and picks "Finanzierung".
  const caritas = node(A, 'Träger', 'Caritas')
  await caritas.hover()
  const handle = caritas.locator('.qn-handle-source')
  await expect(handle).toBeVisible()
  await drag(
    A,
    await centreOf(handle),
    await centreOf(node(A, 'Angebot / Einrichtung', 'Jugendzentrum')),
  )
  const picker = A.getByRole('dialog', { name: 'Art der Verbindung' })
  await expect(picker).toBeVisible()
  await expect(picker.getByRole('radio', { name: 'Kooperation' })).toBeChecked()
  await picker.getByRole('radio', { name: 'Finanzierung' }).check()
  await picker.getByRole('button', { name: 'Verbinden' }).click()
  await expect(picker).toBeHidden()
  const link = (page: typeof A) =>
    page.getByRole('group', { name: 'Finanzierung: Caritas – Jugendzentrum' })
  // A horizontal link has an empty box, which Playwright calls hidden: check it exists and its
  // label is shown.
  await expect(link(A)).toHaveCount(1)
  await expect(link(B)).toHaveCount(1)
  await expect(B.locator('.qn-edge-label').getByText('Finanzierung')).toBeVisible()

  // A moves Caritas; B sees it at the same document position.
  const before = await centreOf(caritas)
  await drag(A, before, { x: before.x - 40, y: before.y + 160 })
  const transformOf = (page: typeof A) =>
    node(page, 'Träger', 'Caritas').evaluate((el) => (el as HTMLElement).style.transform)
  const moved = await transformOf(A)
  expect(moved).not.toBe('')
  await expect.poll(() => transformOf(B)).toBe(moved)
  const after = await centreOf(caritas)
  expect(after.y - before.y).toBeGreaterThan(100)

  // B deletes the Jugendzentrum; it and its link disappear for A.
  await node(B, 'Angebot / Einrichtung', 'Jugendzentrum').click()
  await B.keyboard.press('Delete')
  // Its link goes with it, so B is asked first.
  const confirm = B.getByRole('alertdialog', { name: 'Eintrag löschen?' })
  await expect(confirm).toContainText('1 Verbindung wird mit gelöscht.')
  await confirm.getByRole('button', { name: 'Löschen' }).click()
  await expect(node(A, 'Angebot / Einrichtung', 'Jugendzentrum')).toHaveCount(0)
  await expect(link(A)).toHaveCount(0)
  await expect(node(A, 'Träger', 'Caritas')).toBeVisible()
})

test('a link can be changed to another kind and deleted from the link panel', async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  await addNode(A, 'Träger', 'AWO')
  await addNode(A, 'Gremium / Politik', 'Stadtteilkonferenz')

  // Keyboard way: select both, then "Verbinden" in the toolbar.
  await node(A, 'Träger', 'AWO').click()
  await node(A, 'Gremium / Politik', 'Stadtteilkonferenz').click({ modifiers: ['Control'] })
  await A.getByRole('navigation', { name: 'Werkzeuge' })
    .getByRole('button', { name: 'Verbinden' })
    .click()
  const picker = A.getByRole('dialog', { name: 'Art der Verbindung' })
  await expect(picker.getByText('Von „AWO“ zu „Stadtteilkonferenz“')).toBeVisible()
  await picker.getByRole('button', { name: 'Richtung tauschen' }).click()
  await expect(picker.getByText('Von „Stadtteilkonferenz“ zu „AWO“')).toBeVisible()
  await picker.getByRole('button', { name: 'Richtung tauschen' }).click()
  await picker.getByRole('radio', { name: 'Mitgliedschaft' }).check()
  await picker.getByRole('button', { name: 'Verbinden' }).click()
  const member = bert.page.getByRole('group', { name: 'Mitgliedschaft: AWO – Stadtteilkonferenz' })
  await expect(member).toHaveCount(1)

  await A.getByRole('group', { name: 'Mitgliedschaft: AWO – Stadtteilkonferenz' }).focus()
  await A.keyboard.press('Enter')
  const panel = A.getByRole('region', { name: 'Ausgewählte Verbindung' })
  await expect(panel).toBeVisible()
  // Enter on a link selects it and must not start renaming a node.
  await expect(A.getByRole('textbox')).toHaveCount(0)
  await panel.getByRole('radio', { name: 'Austausch' }).check()
  await panel.getByRole('radio', { name: 'geplant / vereinbart' }).check()
  await expect(
    bert.page.getByRole('group', { name: 'Austausch (geplant): AWO – Stadtteilkonferenz' }),
  ).toHaveCount(1)
  await panel.getByRole('button', { name: 'Verbindung löschen' }).click()
  await expect(bert.page.getByRole('group', { name: /AWO – Stadtteilkonferenz/ })).toHaveCount(0)
})

test('renaming in place: F2 edits, Escape cancels, Enter saves', async ({ people }) => {
  const anna = await people.open()
  const map = await createMap(anna.page)
  const A = anna.page
  await joinAs(A, map.editUrl, 'Anna')
  await addNode(A, 'Ressource', 'Raum im Bürgerhaus')
  await node(A, 'Ressource', 'Raum im Bürgerhaus').click()
  await A.keyboard.press('F2')
  const input = A.getByLabel('Neuer Name für Ressource')
  await input.fill('Verworfen')
  await input.press('Escape')
  await expect(node(A, 'Ressource', 'Raum im Bürgerhaus')).toBeVisible()
  await node(A, 'Ressource', 'Raum im Bürgerhaus').dblclick()
  await input.fill('Saal im Bürgerhaus')
  await input.press('Enter')
  await expect(node(A, 'Ressource', 'Saal im Bürgerhaus')).toBeVisible()
})

test('a node moved with the arrow keys moves for the others too', async ({ people }) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  await addNode(A, 'Gremium / Politik', 'Bezirksvertretung')
  const transformOf = (page: typeof A) =>
    node(page, 'Gremium / Politik', 'Bezirksvertretung').evaluate(
      (el) => (el as HTMLElement).style.transform,
    )
  await expect.poll(() => transformOf(bert.page)).toBe(await transformOf(A))
  const start = await transformOf(A)

  await node(A, 'Gremium / Politik', 'Bezirksvertretung').focus()
  for (let i = 0; i < 6; i++) await A.keyboard.press('ArrowDown')
  await expect.poll(() => transformOf(A)).not.toBe(start)
  const moved = await transformOf(A)
  await expect.poll(() => transformOf(bert.page)).toBe(moved)
})
