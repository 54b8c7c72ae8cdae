import { useState } from 'react'

interface Props {
  readonly value: string
  readonly label: string
  readonly maxLength?: number
  readonly onCommit: (value: string) => void
}

/**
 * A text cell that shows the live value until someone types: the draft is kept while the field
 * has focus (a remote edit must not overwrite half a word) and written on Enter or leaving.
 */
export function EditableText({ value, label, maxLength, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    const clean = draft?.trim() ?? ''
    if (draft !== null && clean !== '' && clean !== value) onCommit(clean)
  }
  return (
    <input
      className="qn-table__input"
      aria-label={label}
      value={draft ?? value}
      maxLength={maxLength}
      onFocus={() => setDraft(value)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        commit()
        setDraft(null)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          commit()
          setDraft((d) => d?.trim() || value)
        } else if (e.key === 'Escape') {
          setDraft(value)
        }
      }}
    />
  )
}
