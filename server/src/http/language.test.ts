import { expect, it } from 'vitest'
import { preferredLanguage } from './language.ts'

it('answers in German unless the client prefers English', () => {
  expect(preferredLanguage(undefined)).toBe('de')
  expect(preferredLanguage('')).toBe('de')
  expect(preferredLanguage('fr-FR,fr;q=0.9')).toBe('de')
  expect(preferredLanguage('en-US,en;q=0.9')).toBe('en')
  expect(preferredLanguage('de-DE,de;q=0.9,en;q=0.8')).toBe('de')
  expect(preferredLanguage('de;q=0.5,en;q=0.8')).toBe('en')
  expect(preferredLanguage('en;q=0,de;q=0.1')).toBe('de')
})
