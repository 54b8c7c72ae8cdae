import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { addNode, node } from './helpers.ts'

/*
 * A meeting with a facilitator (moderation link) and two participants (edit link), each in
 * their own browser context: lock, "Alle zu mir", a session with changes and an agreement,
 * a dot vote, the minutes; then renewed links and deletion.
 */

interface MeetingLinks {
  readonly id: string
  readonly editUrl: string
  readonly viewUrl: string
  readonly facilitatorUrl: string
  readonly facilitatorToken: string
}

async function createMeetingMap(page: Page, title: string): Promise<MeetingLinks> {
  const response = await page.request.post('/api/maps', { data: { title, area: 'Köln-Kalk' } })
  expect(response.status()).toBe(201)
  return (await response.json()) as MeetingLinks
}

/** Opens a link and answers the name dialog, with an organisation when given. */
async function join(page: Page, url: string, name: string, organisation?: string) {
  await page.goto(url)
  const dialog = page.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' })
  await dialog.getByLabel('Ihr Name').fill(name)
  if (organisation) await dialog.getByLabel('Ihre Organisation (freiwillig)').fill(organisation)
  await dialog.getByRole('button', { name: 'Weiter' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()
}

const openTab = async (page: Page, name: string) => {
  const tab = page.getByRole('tab', { name })
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
  return page.getByRole('tabpanel')
}

/** The zoom of React Flow's viewport (the scale of its transform). */
const zoomOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a)

const LOCKED = 'Die Karte ist gesperrt — nur die Moderation kann gerade ändern.'

test('a facilitator and two participants hold a meeting: lock, Alle zu mir, session, agreement, dot vote, minutes', async ({
  people,
}) => {
  test.setTimeout(120_000)
  const mona = await people.open()
  const aylin = await people.open()
  const bernd = await people.open()
  const map = await createMeetingMap(mona.page, 'Stadtteilkonferenz Kalk')
  await join(mona.page, map.facilitatorUrl, 'Mona Moderation', 'Sozialraumkoordination')
  await join(aylin.page, map.editUrl, 'Aylin', 'AWO Kalk')
  await join(bernd.page, map.editUrl, 'Bernd')
  const [M, A, B] = [mona.page, aylin.page, bernd.page]

  // Participants have no moderation tab; the facilitator starts a session.
  await expect(A.getByRole('tab', { name: 'Moderation' })).toHaveCount(0)
  const moderation = await openTab(M, 'Moderation')
  await moderation.getByLabel('Titel der Sitzung').fill('3. Stadtteilkonferenz')
  await moderation.getByLabel('Ort (freiwillig)').fill('Bürgerhaus Kalk')
  await moderation.getByRole('button', { name: 'Sitzung beginnen' }).click()
  await expect(moderation.getByText(/Läuft seit .*: 3\. Stadtteilkonferenz/)).toBeVisible()

  // Lock: participants are told and cannot add; the facilitator still can.
  await moderation.getByRole('button', { name: 'Karte sperren' }).click()
  await expect(A.getByText(LOCKED)).toBeVisible()
  await expect(B.getByText(LOCKED)).toBeVisible()
  await expect(A.getByRole('button', { name: 'Träger hinzufügen' })).toHaveCount(0)
  await expect(M.getByRole('button', { name: 'Träger hinzufügen' })).toBeVisible()
  // Unlock: the editing tools come back.
  await moderation.getByRole('button', { name: 'Karte freigeben' }).click()
  await expect(A.getByText(LOCKED)).toBeHidden()
  await expect(A.getByRole('button', { name: 'Träger hinzufügen' })).toBeVisible()

  // Changes in the session, by two people.
  await addNode(A, 'Träger', 'Caritas Kalk')
  await addNode(B, 'Angebot / Einrichtung', 'Jugendzentrum Kalk')
  await expect(node(M, 'Träger', 'Caritas Kalk')).toBeVisible()
  await expect(node(M, 'Angebot / Einrichtung', 'Jugendzentrum Kalk')).toBeVisible()

  // "Alle zu mir": Bernd's view takes the facilitator's zoom.
  const canvas = M.locator('.react-flow__pane')
  const box = await canvas.boundingBox()
  if (!box) throw new Error('no canvas')
  await M.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await M.mouse.wheel(0, 400)
  await expect
    .poll(async () => Math.abs((await zoomOf(M)) - (await zoomOf(B))))
    .toBeGreaterThan(0.05)
  const facilitatorZoom = await zoomOf(M)
  await moderation.getByRole('button', { name: 'Alle zu mir' }).click()
  await expect.poll(() => zoomOf(B)).toBeCloseTo(facilitatorZoom, 2)
  await expect.poll(() => zoomOf(A)).toBeCloseTo(facilitatorZoom, 2)

  // An agreement attached to the selected actor, live for everyone.
  await node(A, 'Träger', 'Caritas Kalk').click()
  const aSession = await openTab(A, 'Sitzung')
  await aSession.getByLabel('Was', { exact: true }).fill('Gemeinsames Sommerfest planen')
  await aSession.getByLabel('Wer', { exact: true }).fill('AWO Kalk')
  await aSession.getByLabel('Bis wann', { exact: true }).fill('2026-06-30')
  await aSession.getByRole('button', { name: 'Verabredung festhalten' }).click()
  const bSession = await openTab(B, 'Sitzung')
  await expect(bSession.getByText('Gemeinsames Sommerfest planen')).toBeVisible()
  await expect(bSession.getByText('betrifft: Caritas Kalk')).toBeVisible()

  // A dot vote: hidden until revealed, then counts for everyone.
  await moderation
    .getByLabel('Frage', { exact: true })
    .fill('Wo brauchen wir am dringendsten Kooperation?')
  await moderation.getByLabel('Punkte pro Person').fill('2')
  await moderation.getByRole('button', { name: 'Abstimmung öffnen' }).click()
  const voteBar = (page: Page) => page.getByRole('region', { name: /Abstimmung: Wo brauchen wir/ })
  await expect(voteBar(A).getByText('Sie haben noch 2 Punkte')).toBeVisible()
  await node(A, 'Träger', 'Caritas Kalk').click()
  await voteBar(A).getByRole('button', { name: 'Punkt setzen' }).click()
  await expect(voteBar(A).getByText('Sie haben noch 1 Punkt', { exact: true })).toBeVisible()
  await voteBar(A).getByRole('button', { name: 'Punkt setzen' }).click()
  await expect(voteBar(A).getByText('Sie haben noch 0 Punkte')).toBeVisible()
  await expect(voteBar(A).getByRole('button', { name: 'Punkt setzen' })).toBeDisabled()
  await node(B, 'Angebot / Einrichtung', 'Jugendzentrum Kalk').click()
  await voteBar(B).getByRole('button', { name: 'Punkt setzen' }).click()
  await expect(voteBar(B).getByText('Sie haben noch 1 Punkt', { exact: true })).toBeVisible()
  await expect(voteBar(B).getByText('Das Ergebnis bleibt verborgen')).toBeVisible()
  await expect(voteBar(B).getByRole('list', { name: 'Rangfolge' })).toHaveCount(0)
  await moderation.getByRole('button', { name: 'Ergebnis zeigen' }).click()
  const ranking = voteBar(B).getByRole('list', { name: 'Rangfolge' })
  await expect(ranking.getByRole('listitem')).toHaveText([
    'Caritas Kalk: 2 Punkte',
    'Jugendzentrum Kalk: 1 Punkt',
  ])
  await expect(B.locator('.vote-badge').filter({ hasText: '2 Punkte' })).toBeVisible()

  // The session panel: attendance from presence and who changed what.
  const mSession = await openTab(M, 'Sitzung')
  await expect(mSession.getByRole('textbox', { name: 'Name (Aylin)' })).toHaveValue('Aylin')
  await expect(mSession.getByRole('textbox', { name: 'Organisation (Aylin)' })).toHaveValue(
    'AWO Kalk',
  )
  await expect(mSession.getByRole('textbox', { name: 'Name (Bernd)' })).toBeVisible()
  const changes = mSession.getByRole('region', { name: 'Was hat sich geändert' })
  await expect(changes.getByRole('listitem').filter({ hasText: 'Caritas Kalk' })).toContainText(
    'von Aylin',
  )
  await expect(
    changes.getByRole('listitem').filter({ hasText: 'Jugendzentrum Kalk' }),
  ).toContainText('von Bernd')
  await expect(changes.getByRole('listitem')).toHaveCount(2)
  // The server's diff against the session's start tells new from changed.
  await expect(changes.locator('.change-tag')).toHaveText(['neu', 'neu'])

  // The minutes through the UI's download: exactly those changes, attendees and agreement.
  const download = M.waitForEvent('download')
  await mSession.getByRole('button', { name: 'Protokoll (Markdown)' }).click()
  const file = await download
  const path = await file.path()
  const { readFile } = await import('node:fs/promises')
  // Whether the writer escapes dots and dashes is its business; compare the text as read.
  const minutes = (await readFile(path, 'utf8')).replace(/\\([.\-!#*_+()[\]{}`])/g, '$1')
  expect(minutes).toContain('- **Sitzung:** 3. Stadtteilkonferenz')
  expect(minutes).toContain('- **Ort:** Bürgerhaus Kalk')
  expect(minutes).toContain('- **Moderation:** Mona Moderation')
  expect(minutes).toContain('**Anwesend** (3)')
  for (const row of [
    '| Aylin | AWO Kalk |',
    '| Bernd | — |',
    '| Mona Moderation | Sozialraumkoordination |',
  ]) {
    expect(minutes).toContain(row)
  }
  const changed = minutes.slice(
    minutes.indexOf('## Was hat sich geändert'),
    minutes.indexOf('## Verabredungen'),
  )
  const changeRows = changed
    .split('\n')
    .filter((line) => /^\| (neu|geändert|entfernt) \|/.test(line))
  expect(changeRows.sort()).toEqual([
    '| neu | Caritas Kalk (Träger) | — | Aylin |',
    '| neu | Jugendzentrum Kalk (Angebot / Einrichtung) | — | Bernd |',
  ])
  expect(minutes).toContain(
    '| Gemeinsames Sommerfest planen | AWO Kalk | 30.06.2026 | Caritas Kalk |',
  )
  // The revealed dot vote with its ranking.
  expect(minutes).toContain('### Wo brauchen wir am dringendsten Kooperation? (2 Teilnehmende)')
  expect(minutes).toContain('| 1 | Caritas Kalk | 2 |')
  expect(minutes).toContain('| 2 | Jugendzentrum Kalk | 1 |')
})

test('renewed links lock the old ones out at once, and deleting the map tells everyone', async ({
  people,
}) => {
  test.setTimeout(120_000)
  const mona = await people.open()
  const aylin = await people.open()
  const viewer = await people.open()
  const map = await createMeetingMap(mona.page, 'Runder Tisch Mülheim')
  await join(mona.page, map.facilitatorUrl, 'Mona Moderation')
  await join(aylin.page, map.editUrl, 'Aylin')
  await viewer.page.goto(map.viewUrl)
  await expect(viewer.page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()

  const moderation = await openTab(mona.page, 'Moderation')
  mona.page.once('dialog', (dialog) => void dialog.accept())
  await moderation.getByRole('button', { name: 'Links erneuern' }).click()
  await expect(aylin.page.getByRole('alert')).toContainText('Dieser Link gilt nicht mehr')
  await expect(viewer.page.getByRole('alert')).toContainText('Dieser Link gilt nicht mehr')
  const newEdit = moderation.getByLabel('Neuer Link zum Bearbeiten')
  await expect(newEdit).toHaveValue(/#t=/)
  // The old link is refused when opened again; the new one works.
  await aylin.page.goto('about:blank')
  await aylin.page.goto(map.editUrl)
  await expect(
    aylin.page.getByText(/Die Karte gibt es nicht, oder der Link ist nicht/),
  ).toBeVisible()
  await aylin.page.goto('about:blank')
  await aylin.page.goto(await newEdit.inputValue())
  await expect(aylin.page.getByRole('status').filter({ hasText: 'verbunden' })).toBeVisible()

  // Deleting needs the typed title; everyone connected is told.
  await moderation.getByRole('button', { name: 'Karte löschen …' }).click()
  const dialog = mona.page.getByRole('alertdialog', { name: 'Karte für immer löschen?' })
  const confirm = dialog.getByRole('button', { name: 'Endgültig löschen' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel('Titel der Karte').fill('Runder Tisch Mülheim')
  await confirm.click()
  await expect(aylin.page.getByRole('alert')).toContainText('Die Karte wurde gelöscht')
  await expect(mona.page.getByRole('alert')).toContainText('Die Karte wurde gelöscht')
})

test('participants raise a hand, follow each other, and see the spotlight and the timer', async ({
  people,
}) => {
  test.setTimeout(120_000)
  const mona = await people.open()
  const aylin = await people.open()
  const bernd = await people.open()
  const map = await createMeetingMap(mona.page, 'Netzwerktreffen')
  await join(mona.page, map.facilitatorUrl, 'Mona Moderation')
  await join(aylin.page, map.editUrl, 'Aylin')
  await join(bernd.page, map.editUrl, 'Bernd')
  const [M, A, B] = [mona.page, aylin.page, bernd.page]
  await addNode(A, 'Träger', 'Diakonie')

  // A raised hand shows with words in everyone's list.
  await A.getByRole('button', { name: 'Melden' }).click()
  await expect(M.getByRole('listitem').filter({ hasText: 'Aylin' })).toContainText('meldet sich')
  await A.getByRole('button', { name: 'Meldung zurücknehmen' }).click()
  await expect(M.getByRole('listitem').filter({ hasText: 'Aylin' })).not.toContainText(
    'meldet sich',
  )

  // Bernd follows Aylin: her zoom becomes his; moving the canvas himself ends it.
  await B.getByRole('button', { name: 'Aylin folgen' }).click()
  await expect(B.getByText('Sie folgen Aylin.', { exact: false })).toBeVisible()
  const pane = A.locator('.react-flow__pane')
  const box = await pane.boundingBox()
  if (!box) throw new Error('no canvas')
  await A.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await A.mouse.wheel(0, 500)
  await expect.poll(async () => Math.abs((await zoomOf(A)) - (await zoomOf(B)))).toBeLessThan(0.01)
  const bPane = B.locator('.react-flow__pane')
  const bBox = await bPane.boundingBox()
  if (!bBox) throw new Error('no canvas')
  await B.mouse.move(bBox.x + bBox.width * 0.3, bBox.y + bBox.height * 0.4)
  await B.mouse.wheel(0, -300)
  await expect(B.getByText('Sie folgen Aylin.', { exact: false })).toBeHidden()

  // The facilitator spotlights the actor and runs a timer; everyone sees both in words.
  await node(M, 'Träger', 'Diakonie').click()
  await M.getByRole('tab', { name: 'Moderation' }).click()
  const panel = M.getByRole('tabpanel')
  await panel.getByRole('button', { name: 'Auswahl für alle hervorheben' }).click()
  await expect(B.getByText('Die Moderation hebt hervor: Diakonie')).toBeVisible()
  await panel.getByLabel('Minuten').fill('2')
  await panel.getByLabel('Wofür (freiwillig)').fill('Vorstellungsrunde')
  await panel.getByRole('button', { name: 'Zeit starten' }).click()
  await expect(A.getByText('Vorstellungsrunde: noch')).toBeVisible()
  await expect(A.locator('.timer-digits')).toHaveText(/^[12]:\d\d$/)
  await panel.getByRole('button', { name: 'Zeit beenden' }).click()
  await expect(A.getByText('Vorstellungsrunde: noch')).toBeHidden()
  await panel.getByRole('button', { name: 'Hervorhebung beenden' }).click()
  await expect(B.getByText('Die Moderation hebt hervor: Diakonie')).toBeHidden()
})
