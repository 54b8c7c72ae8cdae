import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { agreementsMap, readAgreements } from '../../../../shared/src/meeting/agreements.ts'
import type { Agreement } from '../../../../shared/src/meeting/meeting-types.ts'

/** The map's agreements, live (they are map content: everyone sees a new one at once). */
export function useAgreements(doc: Y.Doc): readonly Agreement[] {
  const [list, setList] = useState(() => readAgreements(doc))
  useEffect(() => {
    const map = agreementsMap(doc)
    const update = () => setList(readAgreements(doc))
    map.observeDeep(update)
    update()
    return () => map.unobserveDeep(update)
  }, [doc])
  return list
}
