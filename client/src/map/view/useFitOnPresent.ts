import { useReactFlow } from '@xyflow/react'
import { useEffect, useRef } from 'react'

/**
 * Fits the map to the canvas when presentation mode starts or ends: the canvas changes size
 * with the chrome, and on the projector the map should fill the wall (closer zoom allowed).
 */
export function useFitOnPresent(present: boolean): void {
  const rf = useReactFlow()
  // Compare with the last value instead of skipping the first run: useReactFlow's object changes
  // identity once the viewport is initialised, which re-ran this effect and fitted the map while
  // someone was adding their first actor (pulling the view away under their hands).
  const last = useRef(present)
  useEffect(() => {
    if (last.current === present) return
    last.current = present
    // Two frames: the layout without header, toolbar and sidebar must be in place first.
    const id = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        void rf.fitView(
          present ? { padding: 0.08, maxZoom: 2, duration: 250 } : { padding: 0.2, maxZoom: 1.25 },
        )
      }),
    )
    return () => cancelAnimationFrame(id)
  }, [present, rf])
}
