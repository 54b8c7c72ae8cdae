import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx'
import { cleanName, NAME_MAX_LENGTH } from './presence-model.ts'

interface Props {
  readonly initial: string
  /** The organisation given before (meeting attendance); optional. */
  readonly initialOrganisation?: string
  readonly onSubmit: (name: string, organisation: string) => void
  readonly onCancel?: () => void
}

/** Asks for the name the others see. A native modal dialog traps focus and restores it. */
export function NameDialog({ initial, initialOrganisation = '', onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(initial)
  const [organisation, setOrganisation] = useState(initialOrganisation)
  const nameRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    // showModal focuses the first control, the language switch; the question is the name.
    nameRef.current?.focus()
    return () => dialog?.close()
  }, [])

  function submit(event: FormEvent) {
    event.preventDefault()
    const clean = cleanName(name)
    if (clean !== '') onSubmit(clean, organisation.replace(/\s+/g, ' ').trim().slice(0, 120))
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        // Without a name nobody would see us; Escape only closes when there is another way.
        if (!onCancel) event.preventDefault()
        else onCancel()
      }}
    >
      <form onSubmit={submit}>
        {/* The dialog is modal, so the header's switch is out of reach: a participant who reads
            no German must be able to switch before the first question. */}
        <div className="dialog-language">
          <LanguageSwitch />
        </div>
        <h2 id={`${id}-title`}>{t('presence.askTitle')}</h2>
        <p id={`${id}-intro`}>{t('presence.askIntro')}</p>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('presence.nameLabel')}</label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            autoComplete="name"
            required
            maxLength={NAME_MAX_LENGTH}
            placeholder={t('presence.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t('meeting.organisationLabel')}</label>
          <input
            id={`${id}-org`}
            autoComplete="organization"
            maxLength={120}
            placeholder={t('meeting.organisationPlaceholder')}
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        <div className="dialog-actions">
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('edge.cancel')}
            </button>
          )}
          <button type="submit" className="button primary" disabled={cleanName(name) === ''}>
            {t('presence.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
