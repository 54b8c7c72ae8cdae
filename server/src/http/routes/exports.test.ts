import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEdge,
  addNode,
  type MapId,
  type NodeId,
  renameNode,
} from '../../../../shared/src/index.ts'
import { addAgreement } from '../../../../shared/src/meeting/agreements.ts'
import type { SessionInfo } from '../../../../shared/src/meeting/meeting-types.ts'
import { createMap } from '../../app/create-map.ts'
import { quietLogger } from '../../app/logger.ts'
import { loadFromStore } from '../../collab/document-journal.ts'
import { createTestApp, type TestApp } from '../test-app.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

/** The stored map as a Y.Doc whose every change is journaled, as the collaboration server does. */
async function openDoc(mapId: MapId): Promise<Y.Doc> {
  const doc = new Y.Doc()
  await loadFromStore(t.store, mapId, doc, quietLogger)
  doc.on('update', (update: Uint8Array) => t.store.appendUpdate(mapId, update))
  return doc
}

const get = (mapId: string, format: string, token?: string, query = '') =>
  t.app.request(`http://karte.test/api/maps/${mapId}/export/${format}${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })

/** A map with a finished session in which Anna added the Jugendamt and renamed the Kita. */
async function mapWithSession() {
  const map = await createMap(t.store, { title: 'Kalk <b>Konferenz</b>', area: 'Kalk-Nord' })
  const doc = await openDoc(map.id)
  const kita = addNode(doc, { kind: 'service', label: 'Kita', position: { x: 0, y: 0 } })
  const info: SessionInfo = {
    id: 'sitzung-1',
    title: 'Herbstkonferenz',
    date: '2026-11-20',
    place: 'Bürgerhaus',
    facilitator: 'Maria',
    startedAt: 1000,
    endedAt: null,
  }
  await t.store.createSession(map.id, info, Y.encodeStateAsUpdate(doc))
  const amt: NodeId = addNode(doc, {
    kind: 'agency',
    label: 'Jugendamt',
    position: { x: 300, y: 0 },
    sector: 'youth',
  })
  renameNode(doc, kita, 'Kita Regenbogen')
  addEdge(doc, { source: amt, target: kita, kind: 'cooperation' })
  addAgreement(doc, {
    text: 'Treffen planen',
    owner: 'Jugendamt',
    nodeIds: [amt],
    sessionId: info.id,
  })
  await t.store.recordAttendance(info.id, {
    participantId: 'anna-0001',
    name: 'Anna',
    organisation: 'Caritas',
    present: true,
    firstSeenAt: 1100,
  })
  await t.store.appendChanges(info.id, [
    { at: 1200, participantId: 'anna-0001', name: 'Anna', nodeIds: [amt, kita], edgeIds: [] },
  ])
  await t.store.endSession(map.id, info.id, 2000, Y.encodeStateAsUpdate(doc))
  doc.destroy()
  return { map, info }
}

describe('GET /api/maps/:id/export/{minutes.md,minutes.docx,svg,png}', () => {
  it('gives the minutes of the latest session as Markdown with who changed what', async () => {
    const { map } = await mapWithSession()
    const response = await get(map.id, 'minutes.md', map.viewToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="Kalk-b-Konferenz-b-protokoll-2026-11-20.md"',
    )
    const md = await response.text()
    expect(md).toContain('# Protokoll: Kalk &lt;b&gt;Konferenz&lt;/b&gt; – Herbstkonferenz')
    expect(md).toContain('| neu | Jugendamt (Fachamt / Verwaltung, Jugendhilfe) | — | Anna |')
    expect(md).toContain('Name: Kita → Kita Regenbogen')
    expect(md).toContain('| Anna | Caritas |')
    expect(md).toContain('Treffen planen')
  })

  it('covers the map as it is, with an empty change list, when there was no session', async () => {
    const map = await createMap(t.store, { title: 'Ohne Sitzung' })
    const response = await get(map.id, 'minutes.md', map.editToken, '?lang=en')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('No session has been started for this map yet')
  })

  it('gives an editable DOCX with the picture of the map', async () => {
    const { map, info } = await mapWithSession()
    const response = await get(map.id, 'minutes.docx', map.editToken, `?session=${info.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    const zip = await JSZip.loadAsync(await response.arrayBuffer())
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain('Kita Regenbogen')
    expect(xml).toContain('Herbstkonferenz')
    expect(Object.keys(zip.files).some((f) => f.endsWith('.png'))).toBe(true)
  })

  it('gives the whole map as SVG and as PNG', async () => {
    const { map } = await mapWithSession()
    const svg = await get(map.id, 'svg', map.viewToken)
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(svg.headers.get('content-disposition')).toBe(
      'attachment; filename="Kalk-b-Konferenz-b.svg"',
    )
    const text = await svg.text()
    expect(text).toContain('Kita Regenbogen')
    expect(text).toContain('Kalk &lt;b&gt;Konferenz&lt;/b&gt;')

    const png = await get(map.id, 'png', map.viewToken)
    expect(png.status).toBe(200)
    expect(png.headers.get('content-type')).toBe('image/png')
    const bytes = new Uint8Array(await png.arrayBuffer())
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    const view = new DataView(bytes.buffer)
    const [width, height] = [view.getUint32(16), view.getUint32(20)]
    expect(width).toBe(2400)
    expect(height).toBeGreaterThan(300)
    expect(height).toBeLessThan(width)
  })

  it('answers 404 for a missing or wrong token, an unknown map and an unknown session', async () => {
    const { map } = await mapWithSession()
    const other = await createMap(t.store, { title: 'Andere' })
    for (const format of ['minutes.md', 'minutes.docx', 'svg', 'png']) {
      expect((await get(map.id, format)).status).toBe(404)
      expect((await get(map.id, format, 'falsch')).status).toBe(404)
      expect((await get(map.id, format, other.editToken)).status).toBe(404)
      expect((await get(other.id.replace(/.$/, 'x'), format, map.viewToken)).status).toBe(404)
      expect((await get(map.id, format, map.viewToken, '?session=unbekannt')).status).toBe(404)
    }
  })
})
