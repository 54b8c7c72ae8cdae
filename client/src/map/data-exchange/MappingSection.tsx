import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ColumnMapping, TableMapping } from '../../../../shared/src/formats/import-plan.ts'
import { fieldChoices } from './import-helpers.ts'

interface Props {
  readonly mapping: ColumnMapping
  readonly onChange: (sheet: string, index: number, field: string | null) => void
  readonly disabled: boolean
}

const SKIP = ''

/** The columns of every table with the field each fills, editable by a select per column. */
export function MappingSection({ mapping, onChange, disabled }: Props) {
  const { t } = useTranslation()
  const id = useId()
  if (mapping.length === 0) return null
  return (
    <section aria-labelledby={`${id}-mapping`} className="import-section">
      <h3 id={`${id}-mapping`}>{t('dataExchange.mapping')}</h3>
      <p className="muted">{t('dataExchange.mappingIntro')}</p>
      {mapping.map((table) => (
        <MappingTable key={table.sheet} table={table} onChange={onChange} disabled={disabled} />
      ))}
    </section>
  )
}

function MappingTable({
  table,
  onChange,
  disabled,
}: {
  table: TableMapping
  onChange: Props['onChange']
  disabled: boolean
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language.startsWith('en') ? 'en' : 'de'
  const choices = fieldChoices(table.role)
  return (
    <table className="import-mapping">
      <caption>
        {t('dataExchange.table', {
          sheet: table.sheet,
          role: t(`dataExchange.roles.${table.role}`),
          row: table.headerRow,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('dataExchange.column')}</th>
          <th scope="col">{t('dataExchange.field')}</th>
        </tr>
      </thead>
      <tbody>
        {table.columns.map((column) => (
          <tr key={column.index}>
            <th scope="row">{column.header || `#${column.index + 1}`}</th>
            <td>
              <select
                aria-label={t('dataExchange.fieldFor', {
                  column: column.header || `#${column.index + 1}`,
                })}
                value={column.field ?? SKIP}
                disabled={disabled}
                onChange={(event) =>
                  onChange(table.sheet, column.index, event.target.value || null)
                }
              >
                <option value={SKIP}>{t('dataExchange.skipColumn')}</option>
                {choices.map((choice) => (
                  <option key={choice.field} value={choice.field}>
                    {choice.label[lang]}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
