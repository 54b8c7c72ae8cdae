import { useStoreSlice } from '../../ui/store.ts'
import { announcement } from './announcer.ts'

/** A visually hidden polite live region; it re-renders its text for every announcement. */
export function LiveAnnouncer() {
  const { text, n } = useStoreSlice(announcement, (a) => a)
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      <span key={n}>{text}</span>
    </div>
  )
}
