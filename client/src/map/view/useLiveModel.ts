import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { type MapModel, readMap } from '../../shared.ts'

/**
 * The validated map while `active`, re-read at most every `delayMs` while the document changes;
 * null while inactive, so a map nobody filters pays nothing for it.
 */
export function useLiveModel(doc: Y.Doc, active: boolean, delayMs = 150): MapModel | null {
  const [model, setModel] = useState<MapModel | null>(null)
  useEffect(() => {
    if (!active) {
      setModel(null)
      return
    }
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
  }, [doc, active, delayMs])
  return model
}
