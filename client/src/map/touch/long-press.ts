/** What a long press needs from a pointer event (a DOM PointerEvent fits). */
export interface PressPoint {
  readonly pointerId: number
  readonly pointerType: string
  readonly clientX: number
  readonly clientY: number
  readonly target: EventTarget | null
}

export interface LongPressOptions {
  /** How long the finger rests before the menu opens. */
  readonly delayMs?: number
  /** How far the finger may wander (px) before it counts as a pan or drag instead. */
  readonly tolerancePx?: number
  readonly onLongPress: (point: PressPoint) => void
}

export interface LongPress {
  down(point: PressPoint): void
  move(point: PressPoint): void
  /** Pointer up or cancel. */
  end(point: PressPoint): void
  dispose(): void
}

/**
 * Detects a long press of one finger or pen. A second finger (pinch), moving away (pan, drag)
 * or lifting early cancels it. Mouse users have the right-click context menu instead.
 */
export function createLongPress({
  delayMs = 550,
  tolerancePx = 10,
  onLongPress,
}: LongPressOptions): LongPress {
  let timer: ReturnType<typeof setTimeout> | undefined
  let start: PressPoint | null = null
  const active = new Set<number>()
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    start = null
  }
  return {
    down(point) {
      if (point.pointerType === 'mouse') return
      active.add(point.pointerId)
      if (active.size > 1) {
        cancel()
        return
      }
      cancel()
      start = point
      timer = setTimeout(() => {
        const pressed = start
        cancel()
        if (pressed) onLongPress(pressed)
      }, delayMs)
    },
    move(point) {
      if (!start || point.pointerId !== start.pointerId) return
      const dx = point.clientX - start.clientX
      const dy = point.clientY - start.clientY
      if (dx * dx + dy * dy > tolerancePx * tolerancePx) cancel()
    },
    end(point) {
      active.delete(point.pointerId)
      if (start && point.pointerId === start.pointerId) cancel()
    },
    dispose: cancel,
  }
}
