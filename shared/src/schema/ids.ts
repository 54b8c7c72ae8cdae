/**
 * Opaque random identifiers (DESIGN.md §4): never labels or personal data, because deleted
 * Y.Map keys stay in the stored document for ever.
 */

declare const brand: unique symbol
type Brand<T, B extends string> = T & { readonly [brand]: B }

export type NodeId = Brand<string, 'NodeId'>
export type EdgeId = Brand<string, 'EdgeId'>
export type MapId = Brand<string, 'MapId'>

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** A random URL-safe id of `length` characters (6 bits each), from the platform's CSPRNG. */
export function randomId(length = 21): string {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte & 63]
  return id
}

/** A new node id (126 random bits). */
export const newNodeId = (): NodeId => randomId() as NodeId
/** A new edge id (126 random bits). */
export const newEdgeId = (): EdgeId => randomId() as EdgeId
/**
 * A new map id (about 132 random bits); it is also the Hocuspocus document name. It never starts
 * with `-` or `_`: a map id is an argument of the command line (`quartiersnetz export <id>`),
 * where a leading `-` reads as an option, and it is double-clicked out of links, where a leading
 * `_` or `-` is often left behind. Redrawing (2 of 64 first characters) keeps the ids uniform.
 */
export function newMapId(): MapId {
  for (;;) {
    const id = randomId(22)
    if (/^[A-Za-z0-9]/.test(id)) return id as MapId
  }
}

const MAP_ID = /^[A-Za-z0-9_-]{22}$/
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/

/** Whether a string has the exact shape of a map id; checked before any I/O. */
export function isMapId(value: unknown): value is MapId {
  return typeof value === 'string' && MAP_ID.test(value)
}

/** Whether a string can be a node or edge id (imports may bring their own ids). */
export function isRecordId(value: unknown): value is string {
  // `__proto__` as a key of a plain object (toJSON, exports) replaces its prototype.
  return typeof value === 'string' && RECORD_ID.test(value) && value !== '__proto__'
}
