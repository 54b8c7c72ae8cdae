import { LABEL_MAX_LENGTH } from '../../shared.ts'
import { useInPlaceEdit } from './useInPlaceEdit.ts'

export interface RenameProps {
  readonly initial: string
  readonly label: string
  readonly onCommit: (label: string) => void
  readonly onCancel: () => void
}

/** The in-place name field: Enter (or leaving the field) saves, Escape cancels. */
export function RenameInput({ initial, label, onCommit, onCancel }: RenameProps) {
  const { ref, value, setValue, finish } = useInPlaceEdit<HTMLInputElement>(
    initial,
    onCommit,
    onCancel,
  )
  return (
    <input
      ref={ref}
      className="qn-node__rename nodrag nopan nowheel"
      aria-label={label}
      maxLength={LABEL_MAX_LENGTH}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        // Keep React Flow's shortcuts (Delete, arrows) away from the text field.
        e.stopPropagation()
        if (e.key === 'Enter') finish(true)
        else if (e.key === 'Escape') finish(false)
      }}
      onBlur={() => finish(true)}
    />
  )
}
