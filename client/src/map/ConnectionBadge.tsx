import { useTranslation } from 'react-i18next'
import type { ConnectionState } from './sync/connection-state.ts'

/** Live connection state as text (never colour alone), announced politely. */
export function ConnectionBadge({
  state,
  pending = 0,
}: {
  state: ConnectionState
  pending?: number
}) {
  const { t } = useTranslation()
  return (
    <p className={`badge connection connection--${state}`} role="status">
      <span className="dot" aria-hidden="true" />
      {t(`connection.${state}`)}
      {state === 'offline' && pending > 0 && ` (${t('connection.pending', { count: pending })})`}
    </p>
  )
}
