import { lazy, Suspense, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ToolButton } from '../toolbar/ToolButton.tsx'
import './texts.ts'
import { ToolIcon } from '../toolbar/ToolIcon.tsx'

// The dialog (and the apply code it loads) arrives only when someone picks a file.
const ImportDialog = lazy(() => import('./ImportDialog.tsx'))

const ImportIcon = () => (
  <ToolIcon>
    <path d="M12 3v12M7 10l5 5 5-5M4 17v3h16v-3" />
  </ToolIcon>
)

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,.graphml,.xml,text/csv,application/json'

/** "Importieren" in the toolbar: picks one or more files, then opens the preview dialog. */
export function ImportButton() {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<readonly File[] | null>(null)
  const [announcement, setAnnouncement] = useState('')
  return (
    <>
      <ToolButton
        label={t('dataExchange.import')}
        hint={t('dataExchange.importHint')}
        icon={<ImportIcon />}
        onClick={() => input.current?.click()}
      />
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label={t('dataExchange.chooseFiles')}
        onChange={(event) => {
          const chosen = [...(event.currentTarget.files ?? [])]
          // Cleared so picking the same file again opens the dialog again.
          event.currentTarget.value = ''
          if (chosen.length > 0) {
            setAnnouncement('')
            setFiles(chosen)
          }
        }}
      />
      {files && (
        <Suspense fallback={null}>
          <ImportDialog
            files={files}
            onClose={(said) => {
              setFiles(null)
              setAnnouncement(said ?? '')
            }}
          />
        </Suspense>
      )}
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </>
  )
}
