import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react'

export interface MenuItem {
  readonly label: string
  readonly onSelect: () => void
  readonly danger?: boolean
}

interface Props {
  readonly label: string
  readonly x: number
  readonly y: number
  readonly items: readonly MenuItem[]
  /** `restoreFocus` is true when dismissed (Escape, outside); false after choosing an item. */
  readonly onClose: (restoreFocus: boolean) => void
}

/**
 * A WAI-ARIA menu at a screen point: focus moves into it, arrows and Home/End move between
 * items, Enter/Space choose, Escape and Tab close it. Touch targets are 44 px high.
 */
export function ContextMenu({ label, x, y, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState({ left: x, top: y })

  // Keep the whole menu on screen, also near the right or bottom edge of a tablet.
  useLayoutEffect(() => {
    const menu = ref.current
    if (!menu) return
    const { width, height } = menu.getBoundingClientRect()
    setPosition({
      left: Math.max(4, Math.min(x, window.innerWidth - width - 4)),
      top: Math.max(4, Math.min(y, window.innerHeight - height - 4)),
    })
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [x, y])

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose(false)
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [onClose])

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const index = entries.indexOf(document.activeElement as HTMLElement)
    const go = (i: number) => entries[(i + entries.length) % entries.length]?.focus()
    switch (event.key) {
      case 'ArrowDown':
        go(index + 1)
        break
      case 'ArrowUp':
        go(index - 1)
        break
      case 'Home':
        go(0)
        break
      case 'End':
        go(entries.length - 1)
        break
      case 'Escape':
        onClose(true)
        break
      case 'Tab':
        onClose(false)
        break
      default:
        return
    }
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="qn-context-menu"
      style={{ left: position.left, top: position.top }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.danger ? 'qn-context-menu__item is-danger' : 'qn-context-menu__item'}
          onClick={() => {
            onClose(false)
            item.onSelect()
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  )
}
