import { describe, expect, test } from 'vitest'
import { decodeText, looksBinary } from './decode.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decoding imported bytes', () => {
  test('UTF-8 with and without BOM', () => {
    expect(decodeText(utf8('Grünzug'))).toEqual({
      text: 'Grünzug',
      encoding: 'utf-8',
      suspicious: false,
    })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Grünzug')]))).toMatchObject({
      text: 'Grünzug',
      encoding: 'utf-8-bom',
    })
  })

  test('UTF-16 in both byte orders by their BOM', () => {
    const le = [0xff, 0xfe, 0x4b, 0, 0xf6, 0] // "Kö"
    const be = [0xfe, 0xff, 0, 0x4b, 0, 0xf6]
    expect(decodeText(new Uint8Array(le))).toMatchObject({ text: 'Kö', encoding: 'utf-16le' })
    expect(decodeText(new Uint8Array(be))).toMatchObject({ text: 'Kö', encoding: 'utf-16be' })
    expect(looksBinary(new Uint8Array(le))).toBe(false)
  })

  test('invalid UTF-8 is read as Windows-1252, including € and typographic quotes', () => {
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x20, 0x84, 0x93])
    expect(decodeText(bytes)).toEqual({
      text: 'Müller € „“',
      encoding: 'windows-1252',
      suspicious: false,
    })
  })

  test('UTF-8 that was already read as Windows-1252 once is flagged', () => {
    expect(decodeText(utf8('MÃ¼ller')).suspicious).toBe(true)
  })

  test('zip files and files with NUL bytes are binary', () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(true)
    expect(looksBinary(new Uint8Array([0x41, 0x00, 0x42]))).toBe(true)
    expect(looksBinary(utf8('Name;Art'))).toBe(false)
  })
})
