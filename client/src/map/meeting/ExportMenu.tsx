import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMeetingApi } from './meeting-api.ts'

const MINUTES_FORMATS = ['minutes.md', 'minutes.docx', 'svg', 'png'] as const
// The CSV files twice: `;` with BOM for German Excel, and `,` (RFC 4180) for other programs.
const DATA_FORMATS = [
  'json',
  'nodes.csv',
  'edges.csv',
  'nodes.csv?dialect=rfc4180',
  'edges.csv?dialect=rfc4180',
  'xlsx',
  'graphml',
  'gexf',
] as const
type Format = (typeof MINUTES_FORMATS)[number] | (typeof DATA_FORMATS)[number]
/** i18n keys cannot hold `?` and `=`: the RFC 4180 variants get a plain suffix. */
const labelKey = (format: Format) =>
  `meeting.exportFormat.${format.replace('?dialect=rfc4180', '-rfc4180')}`

/** Downloads of the minutes (of this session) and of the map's data, with the link's token. */
export function ExportMenu({ sessionId }: { sessionId: string | null }) {
  const { t } = useTranslation()
  const id = useId()
  const api = useMeetingApi()
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)

  const download = async (format: Format, withSession: boolean) => {
    setBusy(true)
    setStatus('')
    try {
      const name = await api.download(format, withSession ? (sessionId ?? undefined) : undefined)
      setStatus(t('meeting.exportDone', { file: name }))
    } catch (e) {
      const code = (e as { status?: number }).status ?? '—'
      setStatus(t('meeting.exportFailed', { status: code }))
    } finally {
      setBusy(false)
    }
  }

  const group = (title: string, formats: readonly Format[], withSession: boolean) => (
    <fieldset className="export-group">
      <legend>{title}</legend>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void download(format, withSession)}
        >
          {t(labelKey(format))}
        </button>
      ))}
    </fieldset>
  )

  return (
    <section aria-labelledby={`${id}-export`}>
      <h3 id={`${id}-export`}>{t('meeting.exports')}</h3>
      {group(t('meeting.exportsMinutes'), MINUTES_FORMATS, true)}
      {group(t('meeting.exportsData'), DATA_FORMATS, false)}
      <p role="status">{status}</p>
    </section>
  )
}
