import type { MapStore } from '../storage/map-store.ts'
import type { Metrics } from './metrics.ts'

/**
 * The store with its journal appends and compactions timed. A Proxy, so methods other helpers
 * add to the store interface pass through untouched.
 */
export function instrumentStore<S extends MapStore>(store: S, metrics: Metrics): S {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      if (property === 'appendUpdate') {
        return (...args: Parameters<MapStore['appendUpdate']>) => {
          const end = metrics.journalAppendSeconds.startTimer()
          let result: ReturnType<MapStore['appendUpdate']>
          try {
            result = target.appendUpdate(...args)
          } catch (error) {
            end()
            throw error
          }
          // An asynchronous store (PostgreSQL) is timed until its append is committed.
          if (typeof result === 'number') end()
          else
            void result.then(
              () => end(),
              () => end(),
            )
          return result
        }
      }
      if (property === 'compact') {
        return async (...args: Parameters<MapStore['compact']>) => {
          const end = metrics.storeSeconds.startTimer()
          try {
            return await target.compact(...args)
          } finally {
            end()
          }
        }
      }
      return (value as (...a: unknown[]) => unknown).bind(target)
    },
  })
}
