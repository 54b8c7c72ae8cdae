import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { EDGE_KINDS, EDGE_STATUSES, type EdgeKind, type EdgeStatus } from '../../shared.ts'
import { EDGE_COLORS, edgeDash } from './edge-style.ts'

/** A small sample line so the choice shows what the link will look like. */
function Sample({ kind, planned }: { kind: EdgeKind; planned: boolean }) {
  return (
    <svg width="36" height="10" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="5"
        x2="34"
        y2="5"
        stroke={EDGE_COLORS[kind]}
        strokeWidth="2.5"
        strokeDasharray={edgeDash(kind, planned)}
        strokeLinecap="round"
      />
    </svg>
  )
}

interface Props {
  readonly kind: EdgeKind
  readonly status: EdgeStatus
  readonly onKind: (kind: EdgeKind) => void
  readonly onStatus: (status: EdgeStatus) => void
}

/** Radio buttons for the link kind and its status (besteht / geplant). */
export function EdgeKindFields({ kind, status, onKind, onStatus }: Props) {
  const { t } = useTranslation()
  const name = useId()
  return (
    <>
      <fieldset className="choice-list">
        <legend>{t('edge.kindLabel')}</legend>
        {EDGE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${name}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => onKind(k)}
            />
            <Sample kind={k} planned={status === 'planned'} />
            {t(`edgeKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list inline">
        <legend>{t('edge.statusLabel')}</legend>
        {EDGE_STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${name}-status`}
              value={s}
              checked={status === s}
              onChange={() => onStatus(s)}
            />
            {t(`edgeStatus.${s}`)}
          </label>
        ))}
      </fieldset>
    </>
  )
}
