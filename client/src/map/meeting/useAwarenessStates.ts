import { useEffect, useRef, useState } from 'react'
import type { AwarenessStates } from './meeting-awareness.ts'
import { useMeeting } from './meeting-context.ts'

/**
 * A value derived from everyone's awareness, recomputed at most once per frame and kept
 * only when its key changes (pointer moves change awareness many times a second).
 */
export function useAwarenessValue<T>(
  derive: (states: AwarenessStates, selfId: number) => T,
  /** Values `derive` reads besides awareness; a change derives again. */
  deps: readonly unknown[] = [],
): T {
  const key = (value: T) => JSON.stringify(value)
  const { provider } = useMeeting()
  const awareness = provider.awareness
  const [value, setValue] = useState<T>(() =>
    derive(awareness?.getStates() ?? new Map(), awareness?.clientID ?? -1),
  )
  const deriveRef = useRef(derive)
  deriveRef.current = derive
  const valueRef = useRef(value)
  valueRef.current = value
  // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` are what derive reads
  useEffect(() => {
    if (!awareness) return
    let frame = 0
    let lastKey = key(valueRef.current)
    const refresh = () => {
      frame = 0
      const next = deriveRef.current(awareness.getStates(), awareness.clientID)
      const nextKey = key(next)
      if (nextKey === lastKey) return
      lastKey = nextKey
      setValue(next)
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(refresh)
    }
    awareness.on('change', schedule)
    refresh()
    return () => {
      awareness.off('change', schedule)
      cancelAnimationFrame(frame)
    }
  }, [awareness, ...deps])
  return value
}
