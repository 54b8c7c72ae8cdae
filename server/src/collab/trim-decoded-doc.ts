import * as Y from 'yjs'

/*
 * Why a loaded map needs this: Yjs decodes each field value into an array it fills with push()
 * (readContentAny; readAny does the same for array values such as a node's themes), and V8's
 * first push() into an empty array reserves room for about 17 elements although one is used. Each map key (parentSub)
 * and string value is decoded into a string of its own, so a 1 000-node map holds 16 000
 * copies of "kind", "label" … On the DESIGN.md §7 sample map (1 000 nodes, 1 500 links,
 * 16 482 items) this slack is 30 % of the document's heap: about 8.1 MiB decoded, 5.6 MiB
 * trimmed (server/bench/memory-per-map.ts).
 *
 * The server loads each map once and keeps it while anyone has it open, so it trims it once
 * after loading: every field value array is replaced by an exact-size copy, and equal key
 * strings and short string values share one string. The items, their order, their content
 * and the encoded document stay exactly the same; only the in-memory representation shrinks.
 * Updates applied later (live edits) are not trimmed: a field changed live costs the slack
 * again until the map is next loaded, a few hundred bytes each.
 *
 * It touches Yjs' own structures (Item.content.arr, Item.parentSub, AbstractType._map),
 * all public fields of yjs 13; trim-decoded-doc.test.ts checks that a trimmed document
 * encodes, reads, edits and syncs exactly like an untrimmed one.
 */

/** Strings longer than this are left as they are (labels, notes: few duplicates). */
const MAX_SHARED_STRING = 64

/** Shrinks the in-memory representation of a freshly loaded document; see above. */
export function trimDecodedDoc(doc: Y.Doc): void {
  // One table per call, dropped afterwards: only strings the document holds stay alive.
  const shared = new Map<string, string>()
  const share = (value: string): string => {
    if (value.length > MAX_SHARED_STRING) return value
    const known = shared.get(value)
    if (known !== undefined) return known
    shared.set(value, value)
    return value
  }

  // Every type that can hold keyed items: the root maps and each nested record.
  const types: { readonly _map: Map<string, Y.Item> }[] = [...doc.share.values()]
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue
      if (struct.parentSub !== null) struct.parentSub = share(struct.parentSub)
      const content = struct.content
      if (content instanceof Y.ContentAny) {
        // A plain loop: this runs for every field of the map on every cold load.
        const values = content.arr
        const exact = new Array<unknown>(values.length)
        for (let i = 0; i < values.length; i++) {
          const value = values[i]
          // A string is shared; an array value (themes) gets an exact-size copy.
          exact[i] =
            typeof value === 'string' ? share(value) : Array.isArray(value) ? value.slice() : value
        }
        content.arr = exact
      } else if (content instanceof Y.ContentType) {
        types.push(content.type)
      }
    }
  }
  // A map's keys are its items' parentSub strings: re-key with the shared ones, in the same
  // order (a Map iterates in insertion order, and so do Y.Map's keys(), entries(), toJSON()).
  for (const type of types) {
    if (type._map.size === 0) continue
    const entries = [...type._map]
    type._map.clear()
    for (const [key, item] of entries) type._map.set(item.parentSub ?? share(key), item)
  }
}
