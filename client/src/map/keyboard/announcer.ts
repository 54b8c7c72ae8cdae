import { createStore } from '../../ui/store.ts'

/** The latest message for screen readers; a counter makes a repeated text count as new. */
export const announcement = createStore<{ readonly text: string; readonly n: number }>({
  text: '',
  n: 0,
})

/** Tells screen reader users what a keyboard action did (polite live region in EditingLayer). */
export function announce(text: string): void {
  announcement.set({ text, n: announcement.get().n + 1 })
}
