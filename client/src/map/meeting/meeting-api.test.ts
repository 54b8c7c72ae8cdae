import { describe, expect, it } from 'vitest'
import { fileNameOf } from './meeting-api.ts'

describe('fileNameOf', () => {
  it('prefers the UTF-8 file name', () => {
    expect(
      fileNameOf(`attachment; filename="Kalk.md"; filename*=UTF-8''K%C3%B6ln-Kalk.md`, 'x'),
    ).toBe('Köln-Kalk.md')
  })

  it('reads a plain file name and falls back without a header', () => {
    expect(fileNameOf('attachment; filename="karte.svg"', 'x')).toBe('karte.svg')
    expect(fileNameOf(null, 'karte.png')).toBe('karte.png')
  })
})
