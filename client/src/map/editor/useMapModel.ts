import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { type MapModel, readMap } from '../../shared.ts'

/**
 * The validated model of the map for panels (analysis, table, filters), re-read at most every
 * `delayMs` while the document changes. The canvas does not use this: it patches changed
 * records itself, which is what keeps dragging smooth.
 */
export function useMapModel(doc: Y.Doc, delayMs = 200): MapModel {
  const [model, setModel] = useState(() => readMap(doc))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const onUpdate = () => {
      if (timer !== undefined) return
      timer = setTimeout(() => {
        timer = undefined
        setModel(readMap(doc))
      }, delayMs)
    }
    setModel(readMap(doc))
    doc.on('update', onUpdate)
    return () => {
      doc.off('update', onUpdate)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [doc, delayMs])
  return model
}
