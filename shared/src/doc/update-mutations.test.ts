import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { EDGE_NOTE_MAX_LENGTH } from '../schema/edge-record.ts'
import type { EdgeId, NodeId } from '../schema/ids.ts'
import { DESCRIPTION_MAX_LENGTH } from '../schema/node-record.ts'
import { observeDoc } from '../testing/observe-doc.ts'
import { addEdge, addNode, updateEdge, updateNode } from './mutations.ts'
import { readEdge, readNode } from './read-map.ts'
import { edgesMap, nodesMap } from './y-map-doc.ts'

// The properties panel's writes (schema v2): any set of fields in one transaction.

const at = { x: 0, y: 0 }

function mapWithLink() {
  const doc = new Y.Doc()
  const awo = addNode(doc, { kind: 'provider', label: 'AWO Kreisverband', position: at })
  const juz = addNode(doc, { kind: 'service', label: 'Jugendzentrum', position: at })
  const link = addEdge(doc, { source: awo, target: juz, kind: 'operates' }) as EdgeId
  return { doc, awo, juz, link }
}

const storedNode = (doc: Y.Doc, id: NodeId) => nodesMap(doc).get(id)?.toJSON() ?? {}
const storedEdge = (doc: Y.Doc, id: EdgeId) => edgesMap(doc).get(id)?.toJSON() ?? {}

describe('addNode with details', () => {
  test('stores trimmed texts and leaves out empty ones and non-web links', () => {
    const doc = new Y.Doc()
    const id = addNode(doc, {
      kind: 'agency',
      label: 'Jugendamt',
      position: at,
      description: '  Bezirkssozialdienst  ',
      planningArea: '',
      website: 'javascript:alert(1)',
      contact: 'Frau Özdemir, 0221 123456',
    })
    expect(storedNode(doc, id)).toEqual({
      kind: 'agency',
      label: 'Jugendamt',
      position: at,
      description: 'Bezirkssozialdienst',
      contact: 'Frau Özdemir, 0221 123456',
    })
  })
})

describe('updateNode', () => {
  test('changes several fields in one transaction and leaves the others alone', () => {
    const { doc, awo } = mapWithLink()
    const activity = observeDoc(doc, () =>
      updateNode(
        doc,
        awo,
        {
          label: 'AWO Kreisverband Köln',
          sector: 'social',
          themes: ['income', 'income', 'participation'],
          website: 'https://www.awo-koeln.de',
        },
        'panel',
      ),
    )
    expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['panel'] })
    expect(readNode(doc, awo)).toEqual({
      id: awo,
      kind: 'provider',
      label: 'AWO Kreisverband Köln',
      position: at,
      sector: 'social',
      themes: ['income', 'participation'],
      website: 'https://www.awo-koeln.de',
    })
  })

  test('writes nothing when every value is unchanged or the node is gone', () => {
    const { doc, awo } = mapWithLink()
    updateNode(doc, awo, { description: 'Beratung', themes: ['health'] })
    const activity = observeDoc(doc, () => {
      updateNode(doc, awo, { kind: 'provider', description: 'Beratung ', themes: ['health'] })
      updateNode(doc, 'gone' as NodeId, { label: 'Neu' })
    })
    expect(activity.updates).toBe(0)
    expect(nodesMap(doc).has('gone')).toBe(false)
  })

  test('an empty text and an undefined sector clear the field', () => {
    const { doc, awo } = mapWithLink()
    updateNode(doc, awo, { sector: 'youth', description: 'Kinder- und Jugendhilfe' })
    updateNode(doc, awo, { sector: undefined, description: '   ' })
    expect(Object.keys(storedNode(doc, awo)).sort()).toEqual(['kind', 'label', 'position'])
  })

  test('bounds texts and never stores a link that is not http(s)', () => {
    const { doc, awo } = mapWithLink()
    updateNode(doc, awo, { description: 'D'.repeat(DESCRIPTION_MAX_LENGTH + 100) })
    expect(readNode(doc, awo)?.description).toHaveLength(DESCRIPTION_MAX_LENGTH)
    for (const website of ['javascript:alert(1)', 'data:text/html,x', 'www.awo.de']) {
      updateNode(doc, awo, { website })
      expect(nodesMap(doc).get(awo)?.get('website')).toBeUndefined()
    }
  })
})

describe('addEdge and updateEdge with details', () => {
  test('a new link gets strength 2 and the direction of its kind unless given', () => {
    const { doc, awo, juz, link } = mapWithLink()
    expect(storedEdge(doc, link)).toMatchObject({ strength: 2, direction: 'forward' })
    const talk = addEdge(doc, { source: juz, target: awo, kind: 'exchange', note: '  ' }) as EdgeId
    expect(storedEdge(doc, talk)).toMatchObject({ strength: 2, direction: 'none' })
    expect(edgesMap(doc).get(talk)?.has('note')).toBe(false)
    const close = addEdge(doc, {
      source: juz,
      target: awo,
      kind: 'cooperation',
      strength: 3,
      direction: 'both',
      note: ' Ferienfreizeit ',
    }) as EdgeId
    expect(storedEdge(doc, close)).toMatchObject({
      strength: 3,
      direction: 'both',
      note: 'Ferienfreizeit',
    })
  })

  test('updateEdge changes several fields in one transaction; an empty note clears it', () => {
    const { doc, link } = mapWithLink()
    const activity = observeDoc(doc, () =>
      updateEdge(doc, link, { status: 'planned', strength: 1, note: 'ab Herbst' }, 'panel'),
    )
    expect(activity).toEqual({ transactions: 1, updates: 1, origins: ['panel'] })
    expect(readEdge(doc, link)).toMatchObject({ status: 'planned', strength: 1, note: 'ab Herbst' })
    updateEdge(doc, link, { note: '' })
    expect(edgesMap(doc).get(link)?.has('note')).toBe(false)
  })

  test('updateEdge bounds the note and writes nothing for a gone or unchanged link', () => {
    const { doc, link } = mapWithLink()
    updateEdge(doc, link, { note: 'N'.repeat(EDGE_NOTE_MAX_LENGTH + 1) })
    expect(readEdge(doc, link)?.note).toHaveLength(EDGE_NOTE_MAX_LENGTH)
    const activity = observeDoc(doc, () => {
      updateEdge(doc, link, { kind: 'operates', strength: 2, direction: 'forward' })
      updateEdge(doc, 'gone' as EdgeId, { strength: 3 })
    })
    expect(activity.updates).toBe(0)
  })
})

describe('reading the v2 fields', () => {
  test('a bad detail never hides a node or a link: it is dropped or defaulted', () => {
    const { doc, awo, link } = mapWithLink()
    const node = nodesMap(doc).get(awo)
    node?.set('website', 'javascript:alert(1)')
    node?.set('description', 'D'.repeat(DESCRIPTION_MAX_LENGTH * 2))
    node?.set('contact', 42)
    const read = readNode(doc, awo)
    expect(read?.website).toBeUndefined()
    expect(read?.contact).toBeUndefined()
    expect(read?.description).toHaveLength(DESCRIPTION_MAX_LENGTH)
    const edge = edgesMap(doc).get(link)
    edge?.set('strength', 7)
    edge?.set('direction', 'sideways')
    expect(readEdge(doc, link)).toMatchObject({ strength: 2, direction: 'forward' })
  })
})
