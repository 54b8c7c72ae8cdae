import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { connect, waitUntilConfirmed } from '../server/src/testing/clients.ts'
import type { NewNode } from '../shared/src/doc/mutations.ts'
import { addEdge as writeEdge, addNode as writeNode } from '../shared/src/doc/mutations.ts'
import type { NodeId } from '../shared/src/schema/ids.ts'
import { expect, test } from './fixtures.ts'
import { createMap, joinAs, node } from './helpers.ts'

/**
 * Writes a small neighbourhood through a real collaboration client, as an import would: the UI
 * has no quick way to give many actors their Säule, and this spec is about the analysis.
 * Youth: Jugendamt – Jugendzentrum – Kita; health: Gesundheitsamt – Praxis; Stadtteilbüro alone.
 * Kita and Praxis both work on the Lebenslage health but are not linked: the one suggestion.
 */
async function seed(baseURL: string, mapId: string, token: string) {
  const client = await connect(`${baseURL.replace(/^http/, 'ws')}/collab`, mapId, token)
  const add = (
    label: string,
    kind: NewNode['kind'],
    sector: NewNode['sector'],
    x: number,
    y: number,
    themes?: NewNode['themes'],
  ) => writeNode(client.doc, { kind, label, sector, themes, position: { x, y } })
  const jugendamt = add('Jugendamt', 'agency', 'youth', 0, 0)
  const zentrum = add('Jugendzentrum', 'service', 'youth', 250, 0)
  const kita = add('Kita', 'service', 'youth', 0, 150, ['health'])
  const amt = add('Gesundheitsamt', 'agency', 'health', 750, 0)
  const praxis = add('Praxis', 'service', 'health', 500, 150, ['health'])
  add('Stadtteilbüro', 'body', 'civic', 750, 300)
  const link = (source: NodeId, target: NodeId) =>
    writeEdge(client.doc, { source, target, kind: 'cooperation' })
  link(jugendamt, zentrum)
  link(kita, zentrum)
  link(amt, praxis)
  await waitUntilConfirmed(client)
  client.destroy()
}

const tokenOf = (url: string) => new URL(url).hash.replace('#t=', '')

async function openAnalysis(page: Page) {
  await page.getByRole('tab', { name: 'Analyse' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Analyse' })
  await expect(panel.getByRole('heading', { name: 'Analyse des Netzes' })).toBeVisible()
  return panel
}

test('the analysis follows another user’s links live; brokers select, overlays stay local', async ({
  people,
  baseURL,
}) => {
  const anna = await people.open()
  const bert = await people.open()
  const map = await createMap(anna.page)
  await seed(baseURL as string, map.id, tokenOf(map.editUrl))
  const { facilitatorToken } = map as typeof map & { facilitatorToken: string }
  const started = await anna.page.request.post(`/api/maps/${map.id}/sessions`, {
    headers: { authorization: `Bearer ${facilitatorToken}` },
    data: { title: 'Stadtteilkonferenz November', date: '2026-11-21' },
  })
  expect(started.status()).toBe(201)
  await joinAs(anna.page, map.editUrl, 'Anna')
  await joinAs(bert.page, map.editUrl, 'Bert')
  const A = anna.page
  const B = bert.page

  const panel = await openAnalysis(B)
  await expect(
    panel.getByText(
      'Die Säulen sind stark geschlossen: Von 3 Verbindungen zwischen Akteuren mit Säule bleiben 3 innerhalb einer Säule (E-I-Index −1).',
    ),
  ).toBeVisible()
  await expect(panel.getByText('Stadtteilbüro hat noch keine Verbindung.')).toBeVisible()

  // Anna links the youth centre with the health practice: the first link across Säulen.
  await node(A, 'Angebot / Einrichtung', 'Jugendzentrum').click()
  await node(A, 'Angebot / Einrichtung', 'Praxis').click({ modifiers: ['Control'] })
  await A.getByRole('navigation', { name: 'Werkzeuge' })
    .getByRole('button', { name: 'Verbinden', exact: true })
    .click()
  const picker = A.getByRole('dialog', { name: 'Art der Verbindung' })
  await picker.getByRole('radio', { name: 'Kooperation' }).check()
  await picker.getByRole('button', { name: 'Verbinden' }).click()

  await expect(
    panel.getByText(
      'Die Säulen sind eher geschlossen: Von 4 Verbindungen zwischen Akteuren mit Säule bleiben 3 innerhalb einer Säule (E-I-Index −0,5).',
    ),
  ).toBeVisible()
  await expect(panel.getByText(/^25\s%.*gehen über eine Säulengrenze \(1 von 4\)\.$/)).toBeVisible()

  // Beginn der Sitzung vs. jetzt: one link more than at the start.
  const session = panel.getByRole('table', { name: 'Stadtteilkonferenz November' })
  await expect(session.getByRole('row', { name: 'Verbindungen 3 4' })).toBeVisible()
  await expect(session.getByRole('row', { name: 'E-I-Index −1 −0,5' })).toBeVisible()

  // The suggestion becomes a planned cooperation, for everyone.
  const suggestions = panel.getByRole('region', { name: 'Vorschläge für Verbindungen' })
  await expect(
    suggestions.getByText(
      /^(Kita und Praxis|Praxis und Kita) arbeiten beide zu der Lebenslage Gesundheit, sind aber noch nicht verbunden – über eine Säulengrenze hinweg\.$/,
    ),
  ).toBeVisible()
  await suggestions
    .getByRole('button', {
      name: /^Als geplante Kooperation eintragen: (Kita und Praxis|Praxis und Kita)$/,
    })
    .click()
  await expect(
    A.getByRole('group', { name: /^Kooperation \(geplant\): (Kita – Praxis|Praxis – Kita)$/ }),
  ).toHaveCount(1)
  await expect(suggestions.getByText(/^Keine Vorschläge/)).toBeVisible()

  // The youth centre is one of the brokers now (tied with the practice since the planned link);
  // its entry selects it on Bert's canvas.
  const brokers = panel.getByRole('region', { name: 'Vermittler (die 10 wichtigsten)' })
  await brokers.getByRole('button', { name: /^Jugendzentrum \d+/ }).click()
  await expect(node(B, 'Angebot / Einrichtung', 'Jugendzentrum').locator('.qn-node')).toHaveClass(
    /is-selected/,
  )

  // Overlays are Bert's alone.
  await panel.getByRole('checkbox', { name: 'Akteure ohne Verbindung markieren' }).check()
  await expect(node(B, 'Gremium / Politik', 'Stadtteilbüro')).toContainText('ohne Verbindung')
  await panel.getByRole('checkbox', { name: 'Verbindungen über Säulengrenzen markieren' }).check()
  await expect(node(A, 'Gremium / Politik', 'Stadtteilbüro')).toBeVisible()
  await expect(node(A, 'Gremium / Politik', 'Stadtteilbüro')).not.toContainText('ohne Verbindung')

  await panel.getByRole('checkbox', { name: 'Vermittler größer zeigen' }).check()
  await panel.getByRole('checkbox', { name: 'Gemeinschaften einfärben' }).check()
  await expect(node(B, 'Angebot / Einrichtung', 'Jugendzentrum')).toContainText(/Nr\. \d/)
  await expect(node(A, 'Angebot / Einrichtung', 'Jugendzentrum')).not.toContainText(/Nr\. \d/)

  const results = await new AxeBuilder({ page: B })
    .include('.sidebar')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual(
    [],
  )

  await B.getByRole('button', { name: 'Ganze Karte zeigen' }).click()
  await B.screenshot({ path: 'test-results/analysis-panel.png' })
})
