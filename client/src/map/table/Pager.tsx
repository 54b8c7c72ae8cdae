import { useTranslation } from 'react-i18next'

interface Props {
  readonly label: string
  readonly page: number
  readonly pages: number
  readonly onPage: (page: number) => void
}

/** Page buttons for long tables: 1 000 rows of fields at once would make every edit slow. */
export function Pager({ label, page, pages, onPage }: Props) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  return (
    <nav className="qn-table__pager" aria-label={label}>
      <button
        type="button"
        className="button"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {t('table.previous')}
      </button>
      <span>{t('table.page', { page: page + 1, pages })}</span>
      <button
        type="button"
        className="button"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {t('table.next')}
      </button>
    </nav>
  )
}
