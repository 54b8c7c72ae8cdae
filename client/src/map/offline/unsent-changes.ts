import type * as Y from 'yjs'
import { confirmedState, sameAsConfirmed } from './confirmed-state.ts'
import type { LocalCopy } from './local-copy.ts'

/** What this needs of the Hocuspocus provider (which counts unacknowledged updates). */
export interface UnsyncedCounter {
  readonly isSynced: boolean
  readonly unsyncedChanges: number
  on(event: 'unsyncedChanges' | 'synced', listener: () => void): unknown
  off(event: 'unsyncedChanges' | 'synced', listener: () => void): unknown
}

export interface UnsentChanges {
  /** Changes the server has not confirmed, for the offline badge. */
  count(): number
  dispose(): void
}

/** Storing the confirmed state at most this often: it is a full snapshot of the map. */
const SAVE_DELAY_MS = 1000

/**
 * Counts unsent changes as the provider does, except the local copy's load when that load only
 * replays what the server had confirmed (after a restart without network it would otherwise
 * say "1 ausstehend" with nothing changed). Whenever the server has confirmed everything, the
 * state is stored with the local copy for the next such comparison. Errs towards counting: if
 * the server's state arrived before the copy was compared, the load still counts until the
 * server confirms it.
 */
export function trackUnsentChanges(
  doc: Y.Doc,
  provider: UnsyncedCounter,
  local: LocalCopy,
  onChange: () => void,
): UnsentChanges {
  let loading = true
  let loadUpdates = 0
  let replayedLoad = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false

  const save = () => {
    timer = undefined
    if (!disposed && provider.isSynced && provider.unsyncedChanges === 0) {
      local.writeConfirmed(confirmedState(doc))
    }
  }
  const scheduleSave = () => {
    timer ??= setTimeout(save, SAVE_DELAY_MS)
  }
  const onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    if (loading && origin === local.origin) loadUpdates++
    else scheduleSave()
  }
  const onUnsynced = () => {
    if (provider.unsyncedChanges === 0) {
      replayedLoad = 0
      scheduleSave()
    }
  }
  doc.on('update', onDocUpdate)
  provider.on('unsyncedChanges', onUnsynced)
  provider.on('synced', scheduleSave)
  void Promise.all([local.loaded, local.readConfirmed()]).then(([found, confirmed]) => {
    loading = false
    if (disposed) return
    if (found && !provider.isSynced && sameAsConfirmed(doc, confirmed)) replayedLoad = loadUpdates
    onChange()
  })

  return {
    count: () => Math.max(0, provider.unsyncedChanges - replayedLoad),
    dispose() {
      disposed = true
      if (timer !== undefined) clearTimeout(timer)
      doc.off('update', onDocUpdate)
      provider.off('unsyncedChanges', onUnsynced)
      provider.off('synced', scheduleSave)
    },
  }
}
