import { useTranslation } from 'react-i18next'
import { LABEL_MAX_LENGTH } from '../../shared.ts'
import type { RenameProps } from './RenameInput.tsx'
import { useInPlaceEdit } from './useInPlaceEdit.ts'

/**
 * The in-place editor of a sticky note: several lines, Enter starts a new line, Ctrl+Enter (or
 * leaving the field) saves, Escape cancels. The text is the note's label in the document.
 */
export function NoteTextarea({ initial, onCommit, onCancel }: RenameProps) {
  const { t } = useTranslation()
  const { ref, value, setValue, finish } = useInPlaceEdit<HTMLTextAreaElement>(
    initial,
    onCommit,
    onCancel,
  )
  return (
    <textarea
      ref={ref}
      className="qn-node__rename qn-note__text nodrag nopan nowheel"
      aria-label={t('editing.noteLabel')}
      title={t('editing.noteHint')}
      maxLength={LABEL_MAX_LENGTH}
      rows={4}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        // Keep React Flow's shortcuts (Delete, arrows) away from the text.
        e.stopPropagation()
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          finish(true)
        } else if (e.key === 'Escape') finish(false)
      }}
      onBlur={() => finish(true)}
    />
  )
}
