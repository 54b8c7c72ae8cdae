import type * as Y from 'yjs'
import { edgesMap, nodesMap, removeDanglingEdges } from '../../../shared/src/index.ts'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'
import { SERVER_ORIGIN } from './origins.ts'

/**
 * Removes edges whose endpoint is gone (a concurrent delete and connect, DESIGN.md §4) a
 * short while after someone else deleted a node or touched an edge. Only those changes can
 * leave an edge dangling, so the most frequent update, a drag, never costs a sweep. Never
 * inside the transaction that reported the change: the sweep is its own transaction later.
 * The first change arms the timer and later ones do not push it back, so a busy map is still
 * swept.
 */
export function watchDanglingEdges(
  doc: Y.Doc,
  mapId: string,
  logger: Logger,
  delayMs: number,
): void {
  let timer: NodeJS.Timeout | undefined
  let destroyed = false

  const sweep = () => {
    timer = undefined
    if (destroyed) return
    try {
      const removed = removeDanglingEdges(doc, SERVER_ORIGIN)
      if (removed > 0) logger.info('removed dangling edges', { mapId, count: removed })
    } catch (error) {
      logger.error('could not remove dangling edges', { mapId, error: errorMessage(error) })
    }
  }
  const schedule = (transaction: Y.Transaction) => {
    if (transaction.origin === SERVER_ORIGIN || destroyed || timer !== undefined) return
    timer = setTimeout(sweep, delayMs)
    timer.unref()
  }

  nodesMap(doc).observe((event, transaction) => {
    for (const change of event.changes.keys.values()) {
      if (change.action !== 'add') return schedule(transaction)
    }
  })
  edgesMap(doc).observeDeep((_events, transaction) => schedule(transaction))
  doc.once('destroy', () => {
    destroyed = true
    clearTimeout(timer)
  })
}
