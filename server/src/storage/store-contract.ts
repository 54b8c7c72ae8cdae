import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, initMapDoc, type MapId, newMapId, readMap } from '../../../shared/src/index.ts'
import type { MapRecord, MapStore, StoredDocument } from './map-store.ts'

/**
 * A place to open stores on: every `open()` returns a new store on the SAME underlying
 * database (a file, a PostgreSQL schema), so reopening and two concurrent stores can be tested.
 */
export interface StoreHarness {
  open(): Promise<MapStore>
  dispose(): Promise<void>
}

const record = (id: MapId = newMapId(), title = 'Stadtteilkonferenz Kalk'): MapRecord => ({
  id,
  title,
  area: 'Kalk',
  editTokenHash: 'e'.repeat(64),
  viewTokenHash: 'f'.repeat(64),
  createdAt: 1_700_000_000_000,
  facilitatorTokenHash: 'a'.repeat(64),
  locked: false,
})

/** A fresh document for `id` and its encoded first state. */
function newDocument(): { doc: Y.Doc; snapshot: Uint8Array } {
  const doc = new Y.Doc()
  initMapDoc(doc, { title: 'Stadtteilkonferenz Kalk', area: 'Kalk' })
  return { doc, snapshot: Y.encodeStateAsUpdate(doc) }
}

/** Rebuilds a Y.Doc from what a store returned. */
function rebuild(stored: StoredDocument | null): Y.Doc {
  if (!stored) throw new Error('document missing')
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const entry of stored.journal) Y.applyUpdate(doc, entry.data)
  return doc
}

/** Adds a node to `doc` and returns the update it produced. */
function edit(doc: Y.Doc, label: string): Uint8Array {
  let captured: Uint8Array | undefined
  const capture = (update: Uint8Array) => {
    captured = update
  }
  doc.on('update', capture)
  addNode(doc, { kind: 'provider', label, position: { x: 0, y: 0 } })
  doc.off('update', capture)
  if (!captured) throw new Error('no update')
  return captured
}

const labels = (doc: Y.Doc) =>
  readMap(doc)
    .nodes.map((n) => n.label)
    .sort()

/** The behaviour every MapStore implementation must show (run it with a harness per backend). */
export function runStoreContract(name: string, createHarness: () => Promise<StoreHarness>): void {
  describe(`${name} store contract`, () => {
    let harness: StoreHarness
    let store: MapStore

    beforeEach(async () => {
      harness = await createHarness()
      store = await harness.open()
    })
    afterEach(async () => {
      await store.close()
      await harness.dispose()
    })

    it('knows nothing of a map that was never created', async () => {
      const id = newMapId()
      expect(await store.getMap(id)).toBeNull()
      expect(await store.loadDocument(id)).toBeNull()
    })

    it('returns a created map with its first snapshot and an empty journal', async () => {
      const { snapshot } = newDocument()
      const created = record()
      await store.createMap(created, snapshot)
      expect(await store.getMap(created.id)).toEqual(created)
      const stored = await store.loadDocument(created.id)
      expect(stored?.journal).toEqual([])
      expect(readMap(rebuild(stored)).meta.title).toBe('Stadtteilkonferenz Kalk')
    })

    it('returns appended updates in the order they were appended', async () => {
      const { doc, snapshot } = newDocument()
      const created = record()
      await store.createMap(created, snapshot)
      const updates = ['a', 'b', 'c'].map((label) => edit(doc, label))
      const seqs: number[] = []
      for (const update of updates) seqs.push(await store.appendUpdate(created.id, update))
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs)
      const stored = await store.loadDocument(created.id)
      expect(stored?.journal.map((e) => e.seq)).toEqual(seqs)
      expect(stored?.journal.map((e) => [...e.data])).toEqual(updates.map((u) => [...u]))
      expect(labels(rebuild(stored))).toEqual(['a', 'b', 'c'])
    })

    it('keeps every update through a compaction and drops only the compacted journal', async () => {
      const { doc, snapshot } = newDocument()
      const created = record()
      await store.createMap(created, snapshot)
      await store.appendUpdate(created.id, edit(doc, 'a'))
      const upto = await store.appendUpdate(created.id, edit(doc, 'b'))
      const compacted = Y.encodeStateAsUpdate(doc)
      const later = await store.appendUpdate(created.id, edit(doc, 'c'))
      await store.compact(created.id, compacted, upto)
      const stored = await store.loadDocument(created.id)
      expect(stored?.journal.map((e) => e.seq)).toEqual([later])
      const rebuilt = rebuild(stored)
      expect(labels(rebuilt)).toEqual(['a', 'b', 'c'])
      expect(readMap(rebuilt)).toEqual(readMap(doc))
    })

    it('keeps an appended update when the store is reopened without being closed', async () => {
      const { doc, snapshot } = newDocument()
      const created = record()
      await store.createMap(created, snapshot)
      await store.appendUpdate(created.id, edit(doc, 'after a crash'))
      const reopened = await harness.open()
      try {
        expect(labels(rebuild(await reopened.loadDocument(created.id)))).toEqual(['after a crash'])
      } finally {
        await reopened.close()
      }
    })

    it('removes the snapshot and the journal when a map is deleted', async () => {
      const { doc, snapshot } = newDocument()
      const created = record()
      const other = record()
      await store.createMap(created, snapshot)
      await store.createMap(other, snapshot)
      await store.appendUpdate(created.id, edit(doc, 'gone'))
      await store.deleteMap(created.id)
      expect(await store.getMap(created.id)).toBeNull()
      expect(await store.loadDocument(created.id)).toBeNull()
      expect(await store.getMap(other.id)).toEqual(other)
      expect(await store.isDeleted(created.id)).toBe(true)
      expect(await store.isDeleted(other.id)).toBe(false)
    })

    it('refuses for ever to create a map under the id of a deleted one', async () => {
      const { snapshot } = newDocument()
      const created = record()
      await store.createMap(created, snapshot)
      await store.deleteMap(created.id)
      await expect(store.createMap(created, snapshot)).rejects.toThrow()
      expect(await store.getMap(created.id)).toBeNull()
    })

    it('locks and unlocks a map and rotates its tokens one at a time', async () => {
      const created = record()
      await store.createMap(created, newDocument().snapshot)
      await store.setLocked(created.id, true)
      expect((await store.getMap(created.id))?.locked).toBe(true)
      await store.rotateTokens(created.id, { editTokenHash: '1'.repeat(64) })
      await store.rotateTokens(created.id, { viewTokenHash: '2'.repeat(64) })
      expect(await store.getMap(created.id)).toEqual({
        ...created,
        locked: true,
        editTokenHash: '1'.repeat(64),
        viewTokenHash: '2'.repeat(64),
      })
      await store.setLocked(created.id, false)
      expect((await store.getMap(created.id))?.locked).toBe(false)
    })

    it('does not lose appends when two stores write to the same database', async () => {
      const { doc, snapshot } = newDocument()
      const created = record()
      await store.createMap(created, snapshot)
      const second = await harness.open()
      try {
        for (let i = 0; i < 20; i++) {
          const writer = i % 2 === 0 ? store : second
          await writer.appendUpdate(created.id, edit(doc, `n${String(i).padStart(2, '0')}`))
        }
        const stored = await second.loadDocument(created.id)
        expect(stored?.journal).toHaveLength(20)
        expect(labels(rebuild(stored))).toEqual(labels(doc))
      } finally {
        await second.close()
      }
    })

    it('keeps the title and area of the row in step with the document', async () => {
      const created = record()
      await store.createMap(created, newDocument().snapshot)
      await store.updateMapInfo(created.id, { title: 'Neuer Titel', area: null })
      expect(await store.getMap(created.id)).toEqual({
        ...created,
        title: 'Neuer Titel',
        area: null,
      })
    })

    it('refuses to journal an update for a map that does not exist', async () => {
      // A synchronous store throws, an asynchronous one rejects: either way it refuses.
      await expect(
        (async () => store.appendUpdate(newMapId(), new Uint8Array([0, 0])))(),
      ).rejects.toThrow()
    })
  })
}
