import { expect, test } from './fixtures.ts'
import { addNode, createMap, joinAs, node } from './helpers.ts'

test('the view link shows the map live and offers no way to change it', async ({ people }) => {
  const anna = await people.open()
  const viewer = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  const A = anna.page
  const V = viewer.page

  await V.goto(map.viewUrl)
  await expect(V.getByText('Nur ansehen')).toBeVisible()
  await expect(V.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
  await expect(V.getByRole('dialog')).toHaveCount(0)
  await expect(V.getByRole('navigation', { name: 'Werkzeuge' })).toHaveCount(0)
  await expect(V.getByRole('button', { name: /hinzufügen/ })).toHaveCount(0)
  await expect(V.getByRole('button', { name: 'Auswahl löschen' })).toHaveCount(0)

  // Live: nodes appear as A adds them.
  await addNode(A, 'Träger', 'Caritas')
  await expect(node(V, 'Träger', 'Caritas')).toBeVisible()

  // Nodes take keyboard focus (to be read), but Delete, Backspace, F2 and Enter change nothing.
  await node(V, 'Träger', 'Caritas').focus()
  await expect(node(V, 'Träger', 'Caritas')).toBeFocused()
  for (const key of ['Delete', 'Backspace', 'F2', 'Enter', 'Enter']) await V.keyboard.press(key)
  await expect(V.getByRole('textbox')).toHaveCount(0)
  await expect(V.getByRole('dialog')).toHaveCount(0)
  await expect(node(V, 'Träger', 'Caritas').locator('.qn-handle-source')).not.toHaveClass(
    /\bconnectable\b/,
  )

  // Whatever the viewer did has reached (or failed to reach) the server before this next edit.
  await addNode(A, 'Fachamt / Verwaltung', 'Jugendamt')
  await expect(node(V, 'Fachamt / Verwaltung', 'Jugendamt')).toBeVisible()
  await expect(node(V, 'Träger', 'Caritas')).toBeVisible()
  await expect(node(A, 'Träger', 'Caritas')).toBeVisible()

  // Links are shown to viewers too.
  await node(A, 'Träger', 'Caritas').click()
  await node(A, 'Fachamt / Verwaltung', 'Jugendamt').click({ modifiers: ['Control'] })
  await A.getByRole('navigation', { name: 'Werkzeuge' })
    .getByRole('button', { name: 'Verbinden' })
    .click()
  await A.getByRole('dialog', { name: 'Art der Verbindung' })
    .getByRole('button', { name: 'Verbinden' })
    .click()
  await expect(V.getByRole('group', { name: 'Kooperation: Caritas – Jugendamt' })).toHaveCount(1)
  await expect(V.locator('.react-flow__edge-path')).toHaveCount(1)
  await expect(V.locator('.qn-edge-label').getByText('Kooperation')).toBeVisible()
})
