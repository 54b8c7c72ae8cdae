import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from './clipboard.ts'

interface Props {
  readonly label: string
  readonly help: string
  readonly url: string
  readonly copyLabel: string
}

/** A share link: label, explanation, the link in a read-only field and a copy button. */
export function CopyLink({ label, help, url, copyLabel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 4000)
    return () => clearTimeout(timer)
  }, [state])
  return (
    <div className="copy-link">
      <label htmlFor={id}>{label}</label>
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
      <div className="copy-row">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          aria-describedby={`${id}-help`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={async () => setState((await copyText(url)) ? 'copied' : 'failed')}
        >
          {copyLabel}
        </button>
      </div>
      <p className="copy-status" role="status">
        {state === 'copied' && <span className="ok">✓ {t('start.copied')}</span>}
        {state === 'failed' && <span className="warn">{t('start.copyFailed')}</span>}
      </p>
    </div>
  )
}
