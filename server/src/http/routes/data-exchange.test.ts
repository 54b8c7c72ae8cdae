import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  EXPORT_FORMATS,
  IMPORT_LIMITS,
  parseJson,
  planCsvImport,
  planGraphmlImport,
  planXlsxImport,
} from '../../../../shared/src/formats/index.ts'
import {
  type MapId,
  type MapModel,
  setMapInfo,
  writeMusterviertel,
} from '../../../../shared/src/index.ts'
import { createMap } from '../../app/create-map.ts'
import { quietLogger } from '../../app/logger.ts'
import { createMapReader } from '../../app/map-reader.ts'
import { createTestApp, type TestApp } from '../test-app.ts'

let t: TestApp
beforeEach(() => {
  t = createTestApp()
})
afterEach(() => t.dispose())

const BASE = 'http://karte.test/api/maps'
const auth = (token: string) => ({ authorization: `Bearer ${token}` })

function journal(mapId: MapId, write: (doc: Y.Doc) => void) {
  const doc = new Y.Doc()
  doc.on('update', (update: Uint8Array) => t.store.appendUpdate(mapId, update))
  write(doc)
  doc.destroy()
}

async function readModel(id: MapId): Promise<MapModel> {
  const model = await createMapReader({ store: t.store, logger: quietLogger }).read(id)
  if (!model) throw new Error('map missing')
  return model
}

async function musterviertel(title = 'Stadtteilkonferenz Mülheim "Nord" / 2026') {
  const map = await createMap(t.store, { title })
  journal(map.id, (doc) => {
    writeMusterviertel(doc)
    setMapInfo(doc, { title })
  })
  return map
}

const exportRequest = (id: string, format: string, token: string, query = '') =>
  t.app.request(`${BASE}/${id}/export/${format}${query}`, { headers: auth(token) })

function importRequest(
  id: string,
  format: string,
  token: string,
  body: BodyInit,
  options: { query?: string; headers?: Record<string, string> } = {},
) {
  return t.app.request(`${BASE}/${id}/import/${format}${options.query ?? ''}`, {
    method: 'POST',
    headers: { ...auth(token), ...options.headers },
    body,
  })
}

describe('GET /api/maps/:id/export/:format', () => {
  it('serves every format as an attachment with a safe file name, and each parses back', async () => {
    const map = await musterviertel()
    const model = await readModel(map.id)
    const types: Record<string, RegExp> = {
      json: /^application\/json/,
      'nodes.csv': /^text\/csv; charset=utf-8/,
      'edges.csv': /^text\/csv; charset=utf-8/,
      xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
      graphml: /^application\/graphml\+xml/,
      gexf: /^application\/gexf\+xml/,
    }
    for (const format of EXPORT_FORMATS) {
      const response = await exportRequest(map.id, format, map.viewToken)
      expect(response.status, format).toBe(200)
      expect(response.headers.get('content-type')).toMatch(types[format] ?? /never/)
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Stadtteilkonferenz-Muelheim-Nord-2026.${format}"`,
      )
      expect(response.headers.get('cache-control')).toBe('no-store')
      const bytes = new Uint8Array(await response.arrayBuffer())
      const actors = model.nodes.length
      if (format === 'json') expect(parseJson(bytes).stats.actorsToAdd).toBe(actors)
      if (format === 'nodes.csv') expect(planCsvImport(bytes).stats.actorsToAdd).toBe(actors)
      if (format === 'edges.csv')
        expect(planCsvImport(bytes).stats.linksToAdd).toBe(model.edges.length)
      if (format === 'xlsx') expect((await planXlsxImport(bytes)).stats.actorsToAdd).toBe(actors)
      if (format === 'graphml') expect(planGraphmlImport(bytes).stats.actorsToAdd).toBe(actors)
      if (format === 'gexf') {
        const text = new TextDecoder().decode(bytes)
        expect(XMLValidator.validate(text)).toBe(true)
        const gexf = new XMLParser({ isArray: (name) => name === 'node' }).parse(text)
        expect(gexf.gexf.graph.nodes.node).toHaveLength(actors)
      }
    }
  })

  it('writes German Excel CSV by default, RFC 4180 and English on request', async () => {
    const map = await musterviertel('Kalk')
    const excel = await (await exportRequest(map.id, 'nodes.csv', map.editToken)).text()
    // Response.text() drops the BOM; the raw bytes keep it.
    const raw = new Uint8Array(
      await (await exportRequest(map.id, 'nodes.csv', map.editToken)).arrayBuffer(),
    )
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(excel.split('\r\n')[0]).toBe(
      'ID;Name;Art;Säule;Lebenslagen;Beschreibung;Planungsraum;Website;Kontakt;X;Y',
    )
    const rfc = await (
      await exportRequest(map.id, 'edges.csv', map.editToken, '?dialect=rfc4180&lang=en')
    ).text()
    expect(rfc.split('\r\n')[0]).toBe(
      'ID,From,To,From ID,To ID,Type,Status,Strength,Direction,Note',
    )
    expect((await exportRequest(map.id, 'nodes.csv', map.editToken, '?dialect=tsv')).status).toBe(
      400,
    )
  })

  it("answers 404 alike for no, wrong and other maps' tokens, and for formats it does not know", async () => {
    const map = await musterviertel('Geheim')
    const other = await createMap(t.store, { title: 'Andere' })
    for (const token of ['x'.repeat(43), other.editToken]) {
      const response = await exportRequest(map.id, 'json', token)
      expect(response.status).toBe(404)
      expect(await response.json()).toMatchObject({ error: { code: 'not_found' } })
    }
    const none = await t.app.request(`${BASE}/${map.id}/export/json`)
    expect(none.status).toBe(404)
    expect((await exportRequest(map.id, 'pdf', map.editToken)).status).toBe(404)
  })

  it('gives a title without letters a neutral file name', async () => {
    const map = await createMap(t.store, { title: '"; rm -rf / \r\n' })
    const response = await exportRequest(map.id, 'graphml', map.editToken)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rm-rf.graphml"')
    const empty = await createMap(t.store, { title: '😀' })
    const other = await exportRequest(empty.id, 'json', empty.editToken)
    expect(other.headers.get('content-disposition')).toBe('attachment; filename="karte.json"')
  })
})

const ACTORS_CSV = 'Name;Art;Säule\nCaritas Köln;Verein;Soziales\nJugendamt;Amt;Jugendhilfe\n'

describe('POST /api/maps/:id/import/:format', () => {
  it('a preview reports what would happen and changes nothing', async () => {
    const map = await createMap(t.store, { title: 'Leer' })
    const response = await importRequest(map.id, 'csv', map.editToken, ACTORS_CSV, {
      query: '?mode=preview',
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.mode).toBe('preview')
    expect(body.plan).toMatchObject({ ok: true, format: 'csv', stats: { actorsToAdd: 2 } })
    expect(body.plan.mapping[0].columns.map((c: { field: string }) => c.field)).toEqual([
      'label',
      'kind',
      'sector',
    ])
    expect((await readModel(map.id)).nodes).toEqual([])
  })

  it('a confirmed import adds everything at once and reports it', async () => {
    const map = await createMap(t.store, { title: 'Kalk' })
    const response = await importRequest(map.id, 'csv', map.editToken, ACTORS_CSV)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.mode).toBe('confirm')
    expect(body.report).toMatchObject({ applied: true, actorsAdded: 2, linksAdded: 0 })
    const model = await readModel(map.id)
    expect(model.nodes.map((n) => [n.label, n.kind, n.sector]).sort()).toEqual([
      ['Caritas Köln', 'provider', 'social'],
      ['Jugendamt', 'agency', 'youth'],
    ])
    // Imported once more: the actors are duplicates; skip adds nothing.
    const again = await importRequest(map.id, 'csv', map.editToken, ACTORS_CSV, {
      query: '?duplicates=skip',
    })
    expect((await again.json()).report).toMatchObject({ actorsAdded: 0, actorsSkipped: 2 })
    expect((await readModel(map.id)).nodes).toHaveLength(2)
  })

  it('a view token cannot change the map (403 read_only), a wrong token gets 404', async () => {
    const map = await createMap(t.store, { title: 'Nur lesen' })
    const response = await importRequest(map.id, 'csv', map.viewToken, ACTORS_CSV)
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ error: { code: 'read_only' } })
    const wrong = await importRequest(map.id, 'csv', 'y'.repeat(43), ACTORS_CSV)
    expect(wrong.status).toBe(404)
    expect((await readModel(map.id)).nodes).toEqual([])
  })

  it('a locked map takes no import from an edit link, but from the moderation link', async () => {
    const map = await createMap(t.store, { title: 'Gesperrt' })
    await t.store.setLocked(map.id, true)
    const refused = await importRequest(map.id, 'csv', map.editToken, ACTORS_CSV)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ error: { code: 'locked' } })
    expect((await readModel(map.id)).nodes).toEqual([])
    const allowed = await importRequest(map.id, 'csv', map.facilitatorToken, ACTORS_CSV)
    expect(allowed.status).toBe(200)
    expect((await readModel(map.id)).nodes).toHaveLength(2)
  })

  it('refuses a body over the limit with 413 and a clear message; GraphML may be larger', async () => {
    const map = await createMap(t.store, { title: 'Groß' })
    const big = new Uint8Array(IMPORT_LIMITS.maxBytes + 100 * 1024).fill(0x41)
    const response = await importRequest(map.id, 'csv', map.editToken, big)
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({
      error: {
        code: 'payload_too_large',
        message:
          'Die Datei ist zu groß: höchstens 10 MB für CSV. Bitte in kleinere Dateien teilen.',
      },
      limit: IMPORT_LIMITS.maxBytes,
    })
    const english = await importRequest(map.id, 'xlsx', map.editToken, big, {
      headers: { 'accept-language': 'en' },
    })
    expect((await english.json()).error.message).toMatch(/^The file is too large: at most 10 MB/)
    const graphml = await importRequest(map.id, 'graphml', map.editToken, big)
    expect(graphml.status).toBe(422)
  })

  it('a broken file gets 422 with row-level problems in German or English, and the map stays', async () => {
    const map = await createMap(t.store, { title: 'Kaputt' })
    const broken = 'Name;Art\nCaritas;Verein\n"Jugendamt;Amt\nKita;Kita\n'
    const response = await importRequest(map.id, 'csv', map.editToken, broken)
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.error.code).toBe('invalid_file')
    expect(body.error.message).toContain('Zeile 3: Ein Anführungszeichen wird nicht geschlossen')
    expect(body.plan.ok).toBe(false)
    expect(body.plan.problems).toMatchObject([{ code: 'unclosedQuote', row: 3 }])
    const english = await importRequest(map.id, 'csv', map.editToken, 'Wer;Was\nA;B\n', {
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    })
    expect(english.status).toBe(422)
    expect((await english.json()).error.message).toContain('the column "Name" is missing')
    expect((await readModel(map.id)).nodes).toEqual([])
  })

  it('takes an edited column mapping from X-Import-Mapping (URI-encoded JSON)', async () => {
    const map = await createMap(t.store, { title: 'Zuordnung' })
    const csv = 'Wer genau?;Säule\nStadtteilbüro „Nord“;Kultur\n'
    const first = await importRequest(map.id, 'csv', map.editToken, csv, { query: '?mode=preview' })
    expect(first.status).toBe(422)
    const { plan } = await first.json()
    const mapping = plan.mapping.map((table: { columns: { header: string }[] }) => ({
      ...table,
      columns: table.columns.map((c) => (c.header === 'Wer genau?' ? { ...c, field: 'label' } : c)),
    }))
    const header = { 'x-import-mapping': encodeURIComponent(JSON.stringify(mapping)) }
    const confirmed = await importRequest(map.id, 'csv', map.editToken, csv, { headers: header })
    expect(confirmed.status).toBe(200)
    expect((await readModel(map.id)).nodes).toMatchObject([
      { label: 'Stadtteilbüro „Nord“', sector: 'culture' },
    ])
    const bad = await importRequest(map.id, 'csv', map.editToken, csv, {
      headers: {
        'x-import-mapping':
          '[{"sheet":"CSV","role":"actors","headerRow":1,"columns":[{"index":0,"header":"x","field":"password"}]}]',
      },
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.code).toBe('invalid_mapping')
  })

  it('accepts an actor list and a link list together as multipart/form-data', async () => {
    const map = await createMap(t.store, { title: 'Zwei Dateien' })
    const form = new FormData()
    form.append('file', new File([ACTORS_CSV], 'akteure.csv'))
    form.append(
      'file',
      new File(['Von;Nach;Art\nJugendamt;Caritas Köln;Finanzierung\n'], 'links.csv'),
    )
    const response = await importRequest(map.id, 'csv', map.editToken, form)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.plan.mapping.map((m: { sheet: string }) => m.sheet)).toEqual([
      'akteure.csv',
      'links.csv',
    ])
    const model = await readModel(map.id)
    expect(model.nodes).toHaveLength(2)
    expect(model.edges).toMatchObject([{ kind: 'funding', direction: 'forward', strength: 2 }])
    const two = new FormData()
    two.append('file', new File(['{}'], 'a.json'))
    two.append('file', new File(['{}'], 'b.json'))
    expect((await importRequest(map.id, 'json', map.editToken, two)).status).toBe(400)
  })

  it('our JSON export imported into an empty map gives the same map, ids and title included', async () => {
    const source = await musterviertel('Musterviertel')
    const json = await (await exportRequest(source.id, 'json', source.viewToken)).text()
    const target = await createMap(t.store, { title: 'Neu' })
    const response = await importRequest(target.id, 'json', target.editToken, json, {
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(200)
    expect(await readModel(target.id)).toEqual(await readModel(source.id))
  })

  it('answers 400 for an unknown mode or duplicates value and 404 for an unknown format', async () => {
    const map = await createMap(t.store, { title: 'Fragen' })
    for (const query of ['?mode=later', '?duplicates=both']) {
      const response = await importRequest(map.id, 'csv', map.editToken, ACTORS_CSV, { query })
      expect(response.status).toBe(400)
      expect((await response.json()).error.code).toBe('invalid_query')
    }
    const unknown = await importRequest(map.id, 'pdf', map.editToken, ACTORS_CSV)
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error.code).toBe('unknown_format')
  })
})
