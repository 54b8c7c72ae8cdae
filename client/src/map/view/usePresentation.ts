import { useEffect } from 'react'
import { useStoreSlice } from '../../ui/store.ts'
import { presenting } from './view-state.ts'

/** Starts the presentation: no chrome, large text, full screen where the browser allows it. */
export function startPresentation(): void {
  presenting.set(true)
  document.documentElement.requestFullscreen?.().catch(() => {
    // Not allowed (e.g. in an iframe or a headless browser): the page itself is chrome-free.
  })
}

/** Ends the presentation and leaves full screen. */
export function endPresentation(): void {
  presenting.set(false)
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
}

/** Whether the map is being presented; Escape and leaving full screen end it. */
export function usePresentation(): boolean {
  const on = useStoreSlice(presenting, (p) => p)
  useEffect(() => {
    if (!on) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open], [role="dialog"]')) {
        endPresentation()
      }
    }
    const onFullscreen = () => {
      if (!document.fullscreenElement) presenting.set(false)
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFullscreen)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onFullscreen)
    }
  }, [on])
  return on
}
