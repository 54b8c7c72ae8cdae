import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNode,
  CURRENT_SCHEMA_VERSION,
  initMapDoc,
  type MapId,
  newMapId,
} from '../../../shared/src/index.ts'
import type { MapStore } from '../storage/map-store.ts'
import { openSqliteStore } from '../storage/sqlite-store.ts'
import { makeTempDir } from '../testing/temp-dir.ts'
import { createMap } from './create-map.ts'
import { quietLogger } from './logger.ts'
import { createMapReader } from './map-reader.ts'

let dir: ReturnType<typeof makeTempDir>
let store: MapStore
beforeEach(() => {
  dir = makeTempDir()
  store = openSqliteStore(join(dir.path, 'test.sqlite'))
})
afterEach(async () => {
  await store.close()
  dir.remove()
})

describe('the map reader', () => {
  it('reads a stored map and null for an unknown one', async () => {
    const map = await createMap(store, { title: 'Kalk', area: 'Kalk-Nord' })
    const reader = createMapReader({ store, logger: quietLogger })
    expect((await reader.read(map.id))?.meta).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      title: 'Kalk',
      area: 'Kalk-Nord',
    })
    expect(await reader.read(newMapId())).toBeNull()
  })

  it('prefers the open document of the collaboration server', async () => {
    const map = await createMap(store, { title: 'Kalk' })
    const open = new Y.Doc()
    initMapDoc(open, { title: 'Kalk (live)' })
    addNode(open, { kind: 'provider', label: 'Caritas', position: { x: 0, y: 0 } })
    const reader = createMapReader({
      store,
      logger: quietLogger,
      live: (id: MapId) => (id === map.id ? open : undefined),
    })
    const model = await reader.read(map.id)
    expect(model?.meta.title).toBe('Kalk (live)')
    expect(model?.nodes.map((n) => n.label)).toEqual(['Caritas'])
  })
})
