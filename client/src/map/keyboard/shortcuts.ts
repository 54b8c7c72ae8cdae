/** A key event reduced to what shortcut matching needs (testable without a DOM). */
export interface KeyLike {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

export type ShortcutId =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'help'
  | 'add'
  | 'connectTo'
  | 'navigateUp'
  | 'navigateDown'
  | 'navigateLeft'
  | 'navigateRight'

/** Every shortcut for the help overlay, in order: its id (i18n key) and the keys shown. */
export const SHORTCUT_HELP: readonly { readonly id: string; readonly keys: readonly string[] }[] = [
  { id: 'add', keys: ['N', '1–7'] },
  { id: 'properties', keys: ['Enter'] },
  { id: 'rename', keys: ['F2'] },
  { id: 'connectTo', keys: ['V'] },
  { id: 'focus', keys: ['U'] },
  { id: 'navigate', keys: ['Alt', '←↑→↓'] },
  { id: 'tab', keys: ['Tab'] },
  { id: 'move', keys: ['←↑→↓'] },
  { id: 'moveFar', keys: ['Shift', '←↑→↓'] },
  { id: 'multiSelect', keys: ['Shift', 'Klick / Click'] },
  { id: 'boxSelect', keys: ['Shift', 'Ziehen / Drag'] },
  { id: 'selectAll', keys: ['Strg / Ctrl', 'A'] },
  { id: 'copy', keys: ['Strg / Ctrl', 'C'] },
  { id: 'paste', keys: ['Strg / Ctrl', 'V'] },
  { id: 'duplicate', keys: ['Strg / Ctrl', 'D'] },
  { id: 'delete', keys: ['Entf / Delete'] },
  { id: 'undo', keys: ['Strg / Ctrl', 'Z'] },
  { id: 'redo', keys: ['Strg / Ctrl', 'Shift', 'Z'] },
  { id: 'noteDone', keys: ['Strg / Ctrl', 'Enter'] },
  { id: 'escape', keys: ['Esc'] },
  { id: 'help', keys: ['?'] },
]

const ARROWS: Readonly<Record<string, ShortcutId>> = {
  ArrowUp: 'navigateUp',
  ArrowDown: 'navigateDown',
  ArrowLeft: 'navigateLeft',
  ArrowRight: 'navigateRight',
}

/**
 * Which map shortcut a key press is. Ctrl and Cmd are the same (Mac and PC); Alt+arrows jump
 * between nodes while plain arrows stay with React Flow, which moves the selection.
 */
export function matchShortcut(e: KeyLike): ShortcutId | null {
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
    if (key === 'y' && !e.shiftKey) return 'redo'
    if (key === 'c' && !e.shiftKey) return 'copy'
    if (key === 'v' && !e.shiftKey) return 'paste'
    if (key === 'd' && !e.shiftKey) return 'duplicate'
    if (key === 'a' && !e.shiftKey) return 'selectAll'
    return null
  }
  if (mod) return null
  if (e.altKey) return e.shiftKey ? null : (ARROWS[e.key] ?? null)
  if (e.key === '?') return 'help'
  if (e.shiftKey) return null
  if (key === 'n') return 'add'
  if (key === 'v') return 'connectTo'
  return null
}

/** The second key after N: a digit 1–7 or the kind's first letter (German or English). */
export function kindIndexForKey(key: string, kinds: readonly string[]): number | null {
  const digit = Number.parseInt(key, 10)
  if (String(digit) === key && digit >= 1 && digit <= kinds.length) return digit - 1
  const letters: Readonly<Record<string, number>> = {
    t: 0, // Träger
    p: 0, // provider
    a: 1, // Angebot
    s: 1, // service
    i: 2, // Initiative
    r: 3, // Ressource
    f: 4, // Fachamt
    g: 5, // Gremium
    b: 5, // body
    n: 6, // Notiz / note
  }
  const index = letters[key.toLowerCase()]
  return index !== undefined && index < kinds.length ? index : null
}
