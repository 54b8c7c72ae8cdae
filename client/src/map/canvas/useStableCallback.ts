import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A function with a stable identity that always calls the latest `fn` (undefined stays
 * undefined). React Flow copies every changed prop into its store, and each store update runs
 * the selectors of all nodes and links: an inline callback from a parent would do that on every
 * drag step of a 1 000-node map.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: ((...args: A) => R) | undefined,
): ((...args: A) => R) | undefined {
  const ref = useRef(fn)
  useLayoutEffect(() => {
    ref.current = fn
  })
  const stable = useCallback((...args: A): R => {
    const current = ref.current
    if (!current) throw new Error('callback called after it was removed')
    return current(...args)
  }, [])
  return fn ? stable : undefined
}
