import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { type MetaRecord, metaMap, readMeta } from '../../shared.ts'

/** The map's title and Sozialraum, live from the document (falls back to what the API said). */
export function useMapMeta(doc: Y.Doc | null, fallback: { title: string; area?: string }) {
  const [meta, setMeta] = useState<MetaRecord | null>(null)
  useEffect(() => {
    if (!doc) return
    const update = () => setMeta(readMeta(doc))
    metaMap(doc).observe(update)
    update()
    return () => metaMap(doc).unobserve(update)
  }, [doc])
  const title = meta?.title || fallback.title
  const area = meta?.area || fallback.area
  return { title, area }
}
