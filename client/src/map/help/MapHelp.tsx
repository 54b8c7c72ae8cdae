import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import './help.css'

/** The info button on the map: a few plain-language steps in a modal dialog. */
export function MapHelp() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="qn-help-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title={t('help.mapButton')}
      >
        <span aria-hidden="true">i</span>
        <span className="visually-hidden">{t('help.mapButton')}</span>
      </button>
      {open && <HelpDialog onClose={() => setOpen(false)} />}
    </>
  )
}

function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  // A native modal dialog traps focus and gives it back to the button when it closes.
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const steps = t('help.mapSteps', { returnObjects: true }) as unknown as string[]
  return (
    <dialog ref={ref} className="dialog qn-help" aria-labelledby={`${id}-t`} onClose={onClose}>
      <h2 id={`${id}-t`}>{t('help.mapTitle')}</h2>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
    </dialog>
  )
}
