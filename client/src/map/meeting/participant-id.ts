const KEY = 'quartiersnetz.participantId'
const SHAPE = /^[A-Za-z0-9_-]{8,64}$/
let inMemory: string | null = null

function randomParticipantId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/**
 * This browser's participant id: random, kept in localStorage, so a reconnect or a reload is
 * the same person in the attendance list (and not a second entry with the same name).
 */
export function participantId(): string {
  try {
    const stored = localStorage.getItem(KEY)
    if (stored && SHAPE.test(stored)) return stored
    const id = inMemory ?? randomParticipantId()
    inMemory = id
    localStorage.setItem(KEY, id)
    return id
  } catch {
    // Storage blocked (private mode): at least this tab stays one person across reconnects.
    inMemory ??= randomParticipantId()
    return inMemory
  }
}
