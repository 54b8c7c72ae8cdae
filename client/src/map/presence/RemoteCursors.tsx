import { useStore as useFlowStore, ViewportPortal } from '@xyflow/react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Store } from '../../ui/store.ts'
import { useStoreSlice } from '../../ui/store.ts'
import type { Participant } from './presence-model.ts'

const others = (list: readonly Participant[]) => list
const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2]

const CursorArrow = ({ color }: { color: string }) => (
  <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true">
    <path
      d="M1 1L1 18L6 13L9.5 21L12.5 19.6L9 12L16 12Z"
      fill={color}
      stroke="#fff"
      strokeWidth="1.5"
    />
  </svg>
)

/** The other participants' pointers with name tags, drawn in flow coordinates. */
export const RemoteCursors = memo(function RemoteCursors({
  participants,
}: {
  participants: Store<readonly Participant[]>
}) {
  const { t } = useTranslation()
  const list = useStoreSlice(participants, others)
  const zoom = useFlowStore(zoomOf)
  return (
    <ViewportPortal>
      {list.map((p) =>
        p.self || !p.cursor ? null : (
          <div
            key={p.clientId}
            className="remote-cursor"
            role="img"
            aria-label={t('presence.cursorOf', { name: p.name })}
            style={{
              transform: `translate(${p.cursor.x}px, ${p.cursor.y}px) scale(${1 / zoom})`,
            }}
          >
            <CursorArrow color={p.color} />
            <span className="remote-cursor__name" style={{ background: p.color }}>
              {p.name}
            </span>
          </div>
        ),
      )}
    </ViewportPortal>
  )
})
