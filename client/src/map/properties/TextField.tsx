import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

interface Props {
  readonly label: string
  /** The stored value (live, may change under the user's hands from someone else). */
  readonly value: string
  readonly onCommit: (value: string) => void
  readonly multiline?: boolean
  readonly maxLength: number
  readonly type?: 'text' | 'url'
  /** A check before writing; returns an error text to show instead. */
  readonly validate?: (value: string) => string | null
  readonly hint?: ReactNode
  /** The error text for an empty value, for fields that must not be empty (the name). */
  readonly required?: string
  readonly inputRef?: (el: HTMLInputElement | HTMLTextAreaElement | null) => void
}

/**
 * A text field that writes once, on leaving it or Enter (Ctrl+Enter in a multi-line field), so a
 * word typed is one change for the others and one undo step. Once the user has typed, someone
 * else's change does not overwrite the draft; until then (also while focused) it shows up at once.
 */
export function TextField(props: Props) {
  const { label, value, onCommit, multiline, maxLength, type = 'text', validate, hint } = props
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<string | null>(null)
  const editing = useRef(false)
  useEffect(() => {
    if (!editing.current) setDraft(value)
  }, [value])
  const commit = () => {
    editing.current = false
    const next = draft.trim()
    const problem = next === '' ? (props.required ?? null) : (validate?.(next) ?? null)
    setError(problem)
    if (problem === null && next !== value) onCommit(next)
    if (problem === null) setDraft(next === '' ? '' : next)
  }
  const common = {
    id,
    value: draft,
    maxLength,
    'aria-invalid': error !== null,
    'aria-describedby':
      [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined,
    onBlur: commit,
  }
  return (
    <div className="field prop-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          ref={props.inputRef}
          rows={3}
          onChange={(e) => {
            editing.current = true
            setDraft(e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit()
          }}
        />
      ) : (
        <input
          {...common}
          ref={props.inputRef}
          type={type}
          onChange={(e) => {
            editing.current = true
            setDraft(e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
            else if (e.key === 'Escape') {
              editing.current = false
              setDraft(value)
              setError(null)
            }
          }}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="help">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
