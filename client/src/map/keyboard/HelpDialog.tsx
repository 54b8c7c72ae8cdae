import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { SHORTCUT_HELP } from './shortcuts.ts'
import { useModalDialog } from './useModalDialog.ts'

/** The "?" overlay: every shortcut of the map, in the UI language. Escape closes it. */
export function HelpDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useModalDialog()
  return (
    <dialog
      ref={ref}
      className="dialog shortcut-help"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={`${id}-title`}>{t('keyboard.helpTitle')}</h2>
      <p className="help">{t('keyboard.helpIntro')}</p>
      <table>
        <caption className="visually-hidden">{t('keyboard.helpTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keyboard.keysColumn')}</th>
            <th scope="col">{t('keyboard.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_HELP.map(({ id: shortcut, keys }) => (
            <tr key={shortcut}>
              <td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`keyboard.shortcut.${shortcut}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {t('keyboard.close')}
        </button>
      </div>
    </dialog>
  )
}
