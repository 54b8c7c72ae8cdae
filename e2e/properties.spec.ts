import { expect, test } from './fixtures.ts'
import { addNode, createMap, joinAs, node } from './helpers.ts'

test('properties of a node are edited in the sidebar and the other participant sees them live', async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page
  await addNode(A, 'Träger', 'Caritas')

  // Enter on the selected node opens "Eigenschaften" with the name field focused.
  await node(A, 'Träger', 'Caritas').click()
  await A.keyboard.press('Enter')
  const panelA = A.getByRole('tabpanel', { name: 'Eigenschaften' })
  await expect(panelA.getByLabel('Name')).toBeFocused()
  await panelA.getByLabel('Name').fill('Caritas Köln')
  await panelA.getByLabel('Name').press('Enter')
  await panelA.getByLabel('Säule / Ressort').selectOption({ label: 'Jugendhilfe' })
  await panelA.getByRole('checkbox', { name: 'Bildung' }).check()
  await panelA.getByLabel('Kurzbeschreibung').fill('Beratung und offene Angebote')
  await panelA.getByLabel('Sozialraum / Planungsraum').fill('Kalk-Nord')
  // A website that is not http(s) is refused with a message, not written.
  const website = panelA.getByLabel('Website')
  await website.fill('javascript:alert(1)')
  await website.press('Enter')
  await expect(panelA.getByRole('alert')).toContainText('https://')
  await expect(website).toHaveAttribute('aria-invalid', 'true')
  await website.fill('https://caritas.example/kalk')
  await website.press('Enter')
  const link = panelA.getByRole('link', { name: /Website öffnen/ })
  await expect(link).toHaveAttribute('href', 'https://caritas.example/kalk')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(
    panelA.getByText('Personenbezogene Daten — nur mit Einwilligung eintragen'),
  ).toBeVisible()

  // Bert sees the new name on the canvas and, in his panel, every field as Anna left it.
  const caritasB = node(B, 'Träger', 'Caritas Köln')
  await expect(caritasB).toBeVisible()
  await caritasB.click()
  await B.getByRole('tab', { name: 'Eigenschaften' }).click()
  const panelB = B.getByRole('tabpanel', { name: 'Eigenschaften' })
  await expect(panelB.getByLabel('Säule / Ressort')).toHaveValue('youth')
  await expect(panelB.getByRole('checkbox', { name: 'Bildung' })).toBeChecked()
  await expect(panelB.getByLabel('Kurzbeschreibung')).toHaveValue('Beratung und offene Angebote')
  await expect(panelB.getByLabel('Sozialraum / Planungsraum')).toHaveValue('Kalk-Nord')
  await expect(panelB.getByLabel('Website')).toHaveValue('https://caritas.example/kalk')

  // While both have the panel open, Anna's change of kind appears in Bert's panel at once.
  await panelA.getByLabel('Art des Eintrags').selectOption({ label: 'Angebot / Einrichtung' })
  await expect(panelB.getByLabel('Art des Eintrags')).toHaveValue('service')
  await expect(node(B, 'Angebot / Einrichtung', 'Caritas Köln')).toBeVisible()
})

test('properties of a link: kind, status, strength, direction and note, live for the other', async ({
  people,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page
  await addNode(A, 'Träger', 'AWO')
  await addNode(A, 'Angebot / Einrichtung', 'Kita Sonnenschein')
  await node(A, 'Träger', 'AWO').click()
  await node(A, 'Angebot / Einrichtung', 'Kita Sonnenschein').click({ modifiers: ['Shift'] })
  await A.getByRole('navigation', { name: 'Werkzeuge' })
    .getByRole('button', { name: 'Verbinden', exact: true })
    .click()
  await A.getByRole('dialog', { name: 'Art der Verbindung' })
    .getByRole('button', { name: 'Verbinden' })
    .click()
  const linkA = A.getByRole('group', { name: 'Kooperation: AWO – Kita Sonnenschein' })
  await expect(linkA).toHaveCount(1)
  await linkA.focus()
  await A.keyboard.press('Enter')
  // The small link panel on the canvas leads to all the link's properties in the sidebar.
  await A.getByRole('region', { name: 'Ausgewählte Verbindung' })
    .getByRole('button', { name: 'Alle Eigenschaften' })
    .click()
  const panel = A.getByRole('tabpanel', { name: 'Eigenschaften' })
  await panel.getByLabel('Art der Verbindung').selectOption({ label: 'Trägerschaft' })
  await panel.getByLabel('Stand').selectOption({ label: 'geplant / vereinbart' })
  await panel.getByLabel('Stärke').selectOption('3')
  await panel.getByLabel('Richtung').selectOption('both')
  await panel.getByLabel('Notiz zur Verbindung').fill('Neue Kita ab Sommer')
  await panel.getByLabel('Notiz zur Verbindung').press('Control+Enter')

  await expect(
    B.getByRole('group', { name: 'Trägerschaft (geplant): AWO – Kita Sonnenschein' }),
  ).toHaveCount(1)
  await B.getByRole('group', { name: /Trägerschaft.*AWO – Kita Sonnenschein/ }).focus()
  await B.keyboard.press('Enter')
  await B.getByRole('tab', { name: 'Eigenschaften' }).click()
  const panelB = B.getByRole('tabpanel', { name: 'Eigenschaften' })
  await expect(panelB.getByLabel('Stärke')).toHaveValue('3')
  await expect(panelB.getByLabel('Richtung')).toHaveValue('both')
  await expect(panelB.getByLabel('Notiz zur Verbindung')).toHaveValue('Neue Kita ab Sommer')
})
