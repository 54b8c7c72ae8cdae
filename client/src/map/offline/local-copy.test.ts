import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { forgetsLocalCopy, openLocalCopy } from './local-copy.ts'
import { deleteLocalCopy, localCopyName } from './local-copy-store.ts'

describe('local copy', () => {
  it('a deleted map and a revoked link forget the local copy, other closes keep it', () => {
    expect(forgetsLocalCopy('map-deleted')).toBe(true)
    expect(forgetsLocalCopy('link-rotated')).toBe(true)
    expect(forgetsLocalCopy('')).toBe(false)
    expect(forgetsLocalCopy('forced')).toBe(false)
  })

  it('each map has its own database', () => {
    expect(localCopyName('abc')).toBe('quartiersnetz-map-abc')
    expect(localCopyName('abc')).not.toBe(localCopyName('abd'))
  })

  it('without IndexedDB the map works without a copy', async () => {
    const doc = new Y.Doc()
    const copy = openLocalCopy('abc', doc)
    await expect(copy.loaded).resolves.toBe(false)
    await copy.clear()
    await copy.close()
    await deleteLocalCopy('abc')
    doc.getMap('m').set('k', 1)
    expect(doc.getMap('m').get('k')).toBe(1)
  })
})
