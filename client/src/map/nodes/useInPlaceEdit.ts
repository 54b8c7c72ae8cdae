import { useEffect, useRef, useState } from 'react'

/**
 * What the in-place name field and the note editor share: the edited value, focus (with the
 * text selected) as soon as the field can take it, and finishing exactly once — saving a
 * non-empty trimmed value, or cancelling.
 */
export function useInPlaceEdit<T extends HTMLInputElement | HTMLTextAreaElement>(
  initial: string,
  onCommit: (value: string) => void,
  onCancel: () => void,
) {
  const ref = useRef<T>(null)
  const [value, setValue] = useState(initial)
  const done = useRef(false)
  useEffect(() => {
    // React Flow keeps a new node invisible until it has measured it, and hidden elements cannot
    // take focus: retry for a few frames until the field really has it.
    let frame = 0
    let tries = 0
    const tryFocus = () => {
      const field = ref.current
      if (!field) return
      field.focus({ preventScroll: true })
      if (document.activeElement === field) field.select()
      else if (tries++ < 30) frame = requestAnimationFrame(tryFocus)
    }
    tryFocus()
    return () => cancelAnimationFrame(frame)
  }, [])
  const finish = (commit: boolean) => {
    if (done.current) return
    done.current = true
    if (commit && value.trim() !== '') onCommit(value.trim())
    else onCancel()
  }
  return { ref, value, setValue, finish }
}
