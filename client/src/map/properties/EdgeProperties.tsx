import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import {
  EDGE_DIRECTION_LABELS,
  EDGE_DIRECTIONS,
  EDGE_KINDS,
  EDGE_NOTE_MAX_LENGTH,
  EDGE_STATUSES,
  EDGE_STRENGTH_LABELS,
  EDGE_STRENGTHS,
  type EdgeDirection,
  type EdgeFields,
  type EdgeKind,
  type EdgeStatus,
  type EdgeStrength,
  type Language,
  type MapEdge,
  updateEdge,
} from '../../shared.ts'
import { asUndoStep } from '../editing/undo.ts'
import { useEditor } from '../editor/editor-context.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { TextField } from './TextField.tsx'
import { useNodeRecord } from './useRecord.ts'

interface SelectProps<T extends string | number> {
  readonly label: string
  readonly value: T
  readonly options: readonly T[]
  readonly text: (option: T) => string
  readonly onChange: (value: T) => void
}

function Select<T extends string | number>({
  label,
  value,
  options,
  text,
  onChange,
}: SelectProps<T>) {
  const id = useId()
  return (
    <div className="field prop-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => {
          const picked = options.find((o) => String(o) === e.target.value)
          if (picked !== undefined) onChange(picked)
        }}
      >
        {options.map((o) => (
          <option key={o} value={String(o)}>
            {text(o)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The properties of one link: kind, status, strength, direction and a note. */
export function EdgeProperties({ edge }: { readonly edge: MapEdge }) {
  const { t, i18n } = useTranslation()
  const { doc, readOnly } = useEditor()
  const lang: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'de'
  const source = useNodeRecord(doc, edge.source)?.label ?? ''
  const target = useNodeRecord(doc, edge.target)?.label ?? ''
  const write = (patch: Partial<EdgeFields>) =>
    asUndoStep(doc, () => updateEdge(doc, edge.id, patch, LOCAL_ORIGIN))
  const directionText = (d: EdgeDirection) =>
    d === 'forward'
      ? `${source} → ${target}`
      : d === 'backward'
        ? `${target} → ${source}`
        : d === 'both'
          ? `${source} ↔ ${target}`
          : EDGE_DIRECTION_LABELS[d][lang]
  return (
    <fieldset className="properties" disabled={readOnly}>
      <legend className="visually-hidden">{t('properties.edgeLegend')}</legend>
      <p className="prop-ends">{`${source} – ${target}`}</p>
      <Select<EdgeKind>
        label={t('properties.edgeKind')}
        value={edge.kind}
        options={EDGE_KINDS}
        text={(k) => t(`edgeKind.${k}`)}
        onChange={(kind) => write({ kind })}
      />
      <Select<EdgeStatus>
        label={t('properties.status')}
        value={edge.status}
        options={EDGE_STATUSES}
        text={(s) => t(`edgeStatus.${s}`)}
        onChange={(status) => write({ status })}
      />
      <Select<EdgeStrength>
        label={t('properties.strength')}
        value={edge.strength}
        options={EDGE_STRENGTHS}
        text={(s) => `${s} – ${EDGE_STRENGTH_LABELS[s][lang]}`}
        onChange={(strength) => write({ strength })}
      />
      <Select<EdgeDirection>
        label={t('properties.direction')}
        value={edge.direction}
        options={EDGE_DIRECTIONS}
        text={directionText}
        onChange={(direction) => write({ direction })}
      />
      <TextField
        label={t('properties.edgeNote')}
        value={edge.note ?? ''}
        maxLength={EDGE_NOTE_MAX_LENGTH}
        multiline
        hint={t('properties.multilineHint')}
        onCommit={(note) => write({ note })}
      />
    </fieldset>
  )
}
