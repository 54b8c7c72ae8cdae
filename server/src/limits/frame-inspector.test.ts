import { expect, it } from 'vitest'
import * as Y from 'yjs'
import { awarenessFrame } from '../testing/hostile.ts'
import { authFrame, syncStep1Frame, updateFrame } from '../testing/raw-socket.ts'
import { inspectFrame } from './frame-inspector.ts'

const MAP = 'V1StGXR8_Z5jdHi6B-myTx'

it('an update frame reports its document and update size', () => {
  expect(inspectFrame(updateFrame(MAP, new Uint8Array(123)))).toEqual({
    kind: 'update',
    documentName: MAP,
    updateBytes: 123,
  })
})

it('an awareness frame counts set states and the largest, not removals', () => {
  const frame = awarenessFrame(MAP, [
    { clientId: 1, state: { user: { name: 'Aylin' } } },
    { clientId: 2, state: null },
    { clientId: 3, state: null },
    { clientId: 4, state: { user: { name: 'x'.repeat(100) } } },
  ])
  const inspected = inspectFrame(frame)
  expect(inspected).toMatchObject({ kind: 'awareness', documentName: MAP, states: 2 })
  expect(inspected.kind === 'awareness' && inspected.largestStateBytes).toBeGreaterThan(100)
})

it('other frames report their type; a session suffix is not part of the document name', () => {
  expect(inspectFrame(authFrame(`${MAP}\0session`, 'token'))).toEqual({
    kind: 'other',
    documentName: MAP,
    type: 2,
  })
  expect(inspectFrame(syncStep1Frame(MAP, new Y.Doc()))).toMatchObject({ kind: 'other', type: 0 })
})

it('a frame that declares more than it holds is refused without reading past its end', () => {
  const frame = awarenessFrame(MAP, [{ clientId: 1, state: { a: 1 } }])
  expect(() => inspectFrame(frame.slice(0, frame.length - 3))).toThrow()
  expect(() => inspectFrame(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toThrow()
  expect(() => inspectFrame(new Uint8Array(0))).toThrow()
})
