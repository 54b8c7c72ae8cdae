import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useStoreSlice } from '../../ui/store.ts'
import { LockIcon } from './icons.tsx'
import { useMeeting, useMeetingState } from './meeting-context.ts'
import { formatRemaining } from './timer-format.ts'
import { useAwarenessValue } from './useAwarenessStates.ts'
import { useSpotlightId } from './useSpotlight.ts'
import { useTimer } from './useTimer.ts'
import './meeting.css'

// The vote bar and its texts load only once a vote exists.
const VoteBar = lazy(() => import('./VoteBar.tsx'))

/**
 * The meeting strip under the header: why the connection ended, the lock, whom we follow,
 * the spotlight, the round's timer and the open vote. Every state is said in words, never
 * by colour alone.
 */
export function MeetingBanners({ labelOf }: { labelOf: (id: string) => string | null }) {
  const { t } = useTranslation()
  const meeting = useMeeting()
  const closed = useMeetingState((s) => s.closed)
  const locked = useMeetingState((s) => s.locked)
  const hasVote = useMeetingState((s) => s.vote !== null)
  const spotlight = useSpotlightId()
  const spotlightLabel = spotlight ? labelOf(spotlight) : null
  return (
    <div className="meeting-banners">
      {closed && (
        <div role="alert" className={`meeting-banner ${closed.final ? 'is-final' : 'is-warning'}`}>
          <p>{t(`meeting.closed.${closed.key}`)}</p>
          {closed.final && (
            <a className="button" href="/">
              {t('meeting.closed.toStart')}
            </a>
          )}
        </div>
      )}
      {locked && meeting.role !== 'view' && !closed?.final && (
        <p role="status" className="meeting-banner is-locked">
          <LockIcon />
          {t(
            meeting.role === 'facilitate'
              ? 'meeting.lockedBannerFacilitator'
              : 'meeting.lockedBanner',
          )}
        </p>
      )}
      <FollowBanner />
      {spotlightLabel && (
        <p role="status" className="meeting-banner is-spotlight">
          {t('meeting.spotlightBanner', { label: spotlightLabel })}
        </p>
      )}
      <TimerBanner />
      {hasVote && (
        <Suspense fallback={null}>
          <VoteBar labelOf={labelOf} />
        </Suspense>
      )}
    </div>
  )
}

function FollowBanner() {
  const { t } = useTranslation()
  const meeting = useMeeting()
  const following = useStoreSlice(meeting.following, (v) => v)
  const name = useAwarenessValue(
    (states) => {
      if (following === null) return null
      const user = states.get(following)?.user as { name?: unknown } | undefined
      return typeof user?.name === 'string' ? user.name : null
    },
    [following],
  )
  if (following === null) return null
  return (
    <div role="status" className="meeting-banner is-follow">
      <p>{t('meeting.following', { name: name ?? '…' })}</p>
      <button type="button" className="button" onClick={() => meeting.following.set(null)}>
        {t('meeting.unfollow')}
      </button>
    </div>
  )
}

function TimerBanner() {
  const { t } = useTranslation()
  const view = useTimer()
  if (!view) return null
  const { timer, remainingMs, announcement } = view
  return (
    <div className="meeting-banner is-timer">
      <p>
        {timer.label
          ? t('meeting.timerWithLabel', { label: timer.label })
          : t('meeting.timerBanner')}{' '}
        <span className="timer-digits">{formatRemaining(remainingMs)}</span>
      </p>
      <p className="visually-hidden" aria-live="assertive">
        {announcement === 'end'
          ? t('meeting.timerEnd')
          : announcement === 'oneMinute'
            ? t('meeting.timerOneMinute')
            : ''}
      </p>
    </div>
  )
}
