import { createStore } from '../../ui/store.ts'

/**
 * Whether the next shown node's properties should take focus (Enter on a node). A flag, not a
 * counter: it is consumed once, so selecting another node later does not steal focus.
 */
export const propertiesFocus = createStore(false)

export const requestPropertiesFocus = (): void => propertiesFocus.set(true)
