import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LAYOUT_NAMES, type LayoutName } from '../../../../shared/src/layout/layout-common.ts'
import { useApplyLayout } from './useApplyLayout.ts'
import './layout.css'
import { ToolIcon } from '../toolbar/ToolIcon.tsx'

const ArrangeIcon = () => (
  <ToolIcon>
    <rect x="3" y="3" width="6" height="5" rx="1" />
    <rect x="15" y="3" width="6" height="5" rx="1" />
    <rect x="9" y="16" width="6" height="5" rx="1" />
    <path d="M6 8v4h12V8M12 12v4" />
  </ToolIcon>
)

/** The toolbar's "Anordnen" menu: force-directed, layered and Säulen layouts for everyone. */
export function LayoutMenu() {
  const { t } = useTranslation()
  const { apply, status } = useApplyLayout()
  const [open, setOpen] = useState(false)
  const [place, setPlace] = useState<{ left: number; top?: number; bottom?: number }>({ left: 0 })
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus()
    const close = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  const toggle = () => {
    const box = button.current?.getBoundingClientRect()
    // The menu opens beside the button, upwards when the button sits in the lower half.
    if (box && box.top > window.innerHeight / 2) {
      setPlace({ left: box.right + 6, bottom: Math.max(8, window.innerHeight - box.bottom) })
    } else if (box) setPlace({ left: box.right + 6, top: box.top })
    setOpen((o) => !o)
  }
  const choose = (name: LayoutName) => {
    setOpen(false)
    button.current?.focus()
    void apply(name)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    const go = (i: number) => items[(i + items.length) % items.length]?.focus()
    if (event.key === 'Escape') {
      event.stopPropagation()
      setOpen(false)
      button.current?.focus()
    } else if (event.key === 'ArrowDown') go(at + 1)
    else if (event.key === 'ArrowUp') go(at - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(items.length - 1)
    else return
    event.preventDefault()
  }
  const busy = status.state === 'busy'

  return (
    <div className="layout-menu">
      <button
        ref={button}
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t('layout.hint')}
        onClick={toggle}
        disabled={busy}
      >
        <ArrangeIcon />
        <span>{t('layout.menu')}</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('layout.menuLabel')}
          className="layout-menu__list"
          style={place}
          onKeyDown={onKeyDown}
        >
          {LAYOUT_NAMES.map((name) => (
            <button key={name} type="button" role="menuitem" onClick={() => choose(name)}>
              <strong>{t(`layout.${name}`)}</strong>
              <span>{t(`layout.${name}Hint`)}</span>
            </button>
          ))}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {status.state === 'idle'
          ? ''
          : t(`layout.${status.state}`, { name: t(`layout.${status.name}`) })}
      </p>
    </div>
  )
}
