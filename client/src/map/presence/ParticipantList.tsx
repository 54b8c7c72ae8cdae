import { type ReactNode, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Store } from '../../ui/store.ts'
import { useStoreSlice } from '../../ui/store.ts'
import { HandIcon } from '../meeting/icons.tsx'
import type { Participant } from './presence-model.ts'

const identity = <T,>(v: T) => v

/** Who is on the map right now, each with their colour swatch and name. */
export function ParticipantList({
  participants,
  onChangeName,
  onFollow,
  children,
}: {
  participants: Store<readonly Participant[]>
  onChangeName?: () => void
  /** Meeting mode: follow this participant's view. */
  onFollow?: (clientId: number) => void
  /** Meeting mode: more controls (raise hand). */
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const id = useId()
  const list = useStoreSlice(participants, identity)
  return (
    <section className="participants" aria-labelledby={id}>
      <h2 id={id}>
        {t('presence.participants')}{' '}
        <span className="count">({t('presence.participantsCount', { count: list.length })})</span>
      </h2>
      <ul aria-labelledby={id}>
        {list.map((p) => (
          <li key={p.clientId}>
            <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
            <span>
              {p.self ? t('presence.you', { name: p.name }) : p.name}
              {p.organisation && <span className="muted"> ({p.organisation})</span>}
            </span>
            {p.hand && (
              <span className="participant-hand">
                <HandIcon />
                {t('meeting.handUp')}
              </span>
            )}
            {onFollow && !p.self && (
              <button
                type="button"
                className="link-button"
                aria-label={t('meeting.followOf', { name: p.name })}
                onClick={() => onFollow(p.clientId)}
              >
                {t('meeting.follow')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="participants__actions">
        {children}
        {onChangeName && (
          <button type="button" className="link-button" onClick={onChangeName}>
            {t('presence.changeName')}
          </button>
        )}
      </div>
    </section>
  )
}
