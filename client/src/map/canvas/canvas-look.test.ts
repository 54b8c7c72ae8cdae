import { describe, expect, it } from 'vitest'
import { fill, fill2, HOLE, HOLE_2 } from './canvas-look.ts'

describe('text templates', () => {
  it('puts a name where the placeholder was, also names with $ patterns', () => {
    const connect = fill(`Verbindung von ${HOLE} ziehen`)
    expect(connect('Caritas')).toBe('Verbindung von Caritas ziehen')
    expect(connect("$& $' $1")).toBe("Verbindung von $& $' $1 ziehen")
  })

  it('fills two names in either order of the translation', () => {
    expect(fill2(`Kooperation: ${HOLE} – ${HOLE_2}`)('A', 'B')).toBe('Kooperation: A – B')
    expect(fill2(`${HOLE_2} ← ${HOLE}`)('A', 'B')).toBe('B ← A')
  })

  it('leaves a text without placeholder unchanged', () => {
    expect(fill('Notiz')('x')).toBe('Notiz')
  })
})
