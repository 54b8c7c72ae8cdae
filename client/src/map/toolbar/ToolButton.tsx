import type { ReactNode } from 'react'

interface Props {
  /** The accessible name, e.g. "Träger hinzufügen". */
  readonly label: string
  /** Visible text when it differs from the label (short kind name). */
  readonly text?: string
  readonly hint?: string
  readonly icon: ReactNode
  readonly onClick: () => void
  readonly disabled?: boolean
  readonly className?: string
}

/** A real button with icon and visible text; the tooltip adds the longer explanation. */
export function ToolButton({ label, text, hint, icon, onClick, disabled, className }: Props) {
  return (
    <button
      type="button"
      className={`tool${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={hint ?? label}
      onClick={onClick}
      disabled={disabled}
    >
      {icon}
      <span aria-hidden="true">{text ?? label}</span>
    </button>
  )
}
