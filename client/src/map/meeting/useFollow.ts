import { useOnViewportChange, useReactFlow, useStore } from '@xyflow/react'
import { useEffect, useMemo, useRef } from 'react'
import type { Viewport } from '../../../../shared/src/meeting/awareness-fields.ts'
import { throttle } from '../../ui/throttle.ts'
import { followedViewport, latestSummon, sameViewport, summonToApply } from './meeting-awareness.ts'
import { useMeeting } from './meeting-context.ts'

const PUBLISH_INTERVAL_MS = 150
/** A summon older than this when we first see it was for the people who were there then. */
const STALE_SUMMON_MS = 15_000

/**
 * Shares our view (centre in flow coordinates + zoom) in awareness, follows the participant we
 * chose, and goes where a facilitator's "Alle zu mir" says. Moving the canvas ourselves (pointer,
 * wheel, touch on the map) ends following; our own programmatic moves do not.
 */
export function useFollow(): void {
  const meeting = useMeeting()
  const rf = useReactFlow()
  const width = useStore((s) => s.width)
  const height = useStore((s) => s.height)
  const size = useRef({ width, height })
  size.current = { width, height }
  const current = useRef<Viewport | null>(null)

  const publish = useMemo(
    () =>
      throttle((viewport: Viewport) => meeting.setField('viewport', viewport), PUBLISH_INTERVAL_MS),
    [meeting],
  )
  useEffect(() => publish.cancel, [publish])

  // Stable handlers: useOnViewportChange writes them into React Flow's store whenever they
  // change, and every store write runs all node and link selectors (each drag step otherwise).
  const handlers = useMemo(() => {
    const centreOf = (v: { x: number; y: number; zoom: number }): Viewport => ({
      x: (size.current.width / 2 - v.x) / v.zoom,
      y: (size.current.height / 2 - v.y) / v.zoom,
      zoom: v.zoom,
    })
    return {
      onChange: (v: { x: number; y: number; zoom: number }) => {
        current.current = centreOf(v)
        publish(current.current)
      },
      onEnd: (v: { x: number; y: number; zoom: number }) => {
        current.current = centreOf(v)
        publish(current.current)
        publish.flush()
      },
    }
  }, [publish])
  useOnViewportChange(handlers)

  useEffect(() => {
    const awareness = meeting.provider.awareness
    if (!awareness) return
    const mountedAt = Date.now()
    let lastSummonAt: number | null = null
    const moveTo = (target: Viewport) => {
      if (current.current && sameViewport(current.current, target)) return
      void rf.setCenter(target.x, target.y, { zoom: target.zoom, duration: 200 })
    }
    const onChange = () => {
      const states = awareness.getStates()
      const latest = latestSummon(states, awareness.clientID)
      if (latest && lastSummonAt === null && latest.at < mountedAt - STALE_SUMMON_MS) {
        lastSummonAt = latest.at
      }
      const summon = summonToApply(latest, lastSummonAt)
      if (summon) {
        lastSummonAt = summon.at
        meeting.following.set(null)
        moveTo(summon.viewport)
        return
      }
      const followed = followedViewport(states, meeting.following.get())
      if (followed) moveTo(followed)
    }
    awareness.on('change', onChange)
    const unsubscribe = meeting.following.subscribe(onChange)
    onChange()
    return () => {
      awareness.off('change', onChange)
      unsubscribe()
    }
  }, [meeting, rf])

  // Our own gesture on the map ends following (programmatic moves fire no such events).
  useEffect(() => {
    const leave = (event: Event) => {
      if (meeting.following.get() === null) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest('.react-flow') && !target.closest('.react-flow__panel')) {
        meeting.following.set(null)
      }
    }
    const options = { capture: true, passive: true }
    document.addEventListener('pointerdown', leave, options)
    document.addEventListener('wheel', leave, options)
    return () => {
      document.removeEventListener('pointerdown', leave, options)
      document.removeEventListener('wheel', leave, options)
    }
  }, [meeting])
}
