import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor } from '../editor/editor-context.ts'
import { useMapModel } from '../editor/useMapModel.ts'
import { ActorTable } from './ActorTable.tsx'
import { LinkTable } from './LinkTable.tsx'
import './table.css'

/**
 * The map as two tables, for screen readers, keyboards and anyone who prefers lists. It reads
 * the same live document as the canvas, so others' edits appear here too.
 */
export default function TableView() {
  const { t, i18n } = useTranslation()
  const { doc, readOnly } = useEditor()
  const model = useMapModel(doc, 150)
  const [message, setMessage] = useState('')
  const collator = useMemo(
    () => new Intl.Collator(i18n.resolvedLanguage, { sensitivity: 'base', numeric: true }),
    [i18n.resolvedLanguage],
  )
  const actors = useMemo(() => model.nodes.filter((n) => n.kind !== 'note'), [model.nodes])
  const labels = useMemo(() => new Map(model.nodes.map((n) => [n.id, n.label])), [model.nodes])
  const degree = useMemo(() => {
    const counts = new Map<string, number>()
    for (const e of model.edges) {
      counts.set(e.source, (counts.get(e.source) ?? 0) + 1)
      counts.set(e.target, (counts.get(e.target) ?? 0) + 1)
    }
    return counts
  }, [model.edges])

  return (
    <div className="qn-table-view">
      <p className="qn-table-view__intro">{t(readOnly ? 'table.introReadOnly' : 'table.intro')}</p>
      <ActorTable
        doc={doc}
        nodes={actors}
        degree={degree}
        readOnly={readOnly}
        collator={collator}
        announce={setMessage}
      />
      <LinkTable
        doc={doc}
        edges={model.edges}
        labels={labels}
        readOnly={readOnly}
        collator={collator}
        announce={setMessage}
      />
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  )
}
