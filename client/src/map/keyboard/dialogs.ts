import { createStore } from '../../ui/store.ts'

/** Which of the keyboard dialogs is open; toolbar buttons and shortcuts both open them. */
export type KeyboardDialog = 'help' | 'connectTo' | null

export const openDialog = createStore<KeyboardDialog>(null)
