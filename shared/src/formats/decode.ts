/** Bytes → text for imported files: BOM first, then strict UTF-8, else Windows-1252. */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  readonly text: string
  readonly encoding: TextEncoding
  /** UTF-8 sequences read as Windows-1252 ("Ã¤" for "ä"): the file mixes encodings. */
  readonly suspicious: boolean
}

// What UTF-8 umlauts and ß look like when a UTF-8 file is read as Windows-1252.
const MOJIBAKE = /Ã[¤¶¼Ÿ„–œ©]|â‚¬|Ã\u009F/

/** Decodes file bytes, reporting which encoding was used (German Excel writes Windows-1252). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return fromDecoder('utf-8', bytes.subarray(3), 'utf-8-bom')
  }
  if (b0 === 0xff && b1 === 0xfe) return fromDecoder('utf-16le', bytes.subarray(2), 'utf-16le')
  if (b0 === 0xfe && b1 === 0xff) return fromDecoder('utf-16be', bytes.subarray(2), 'utf-16be')
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text, encoding: 'utf-8', suspicious: MOJIBAKE.test(text) }
  } catch {
    return fromDecoder('windows-1252', bytes, 'windows-1252')
  }
}

function fromDecoder(label: string, bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const text = new TextDecoder(label).decode(bytes)
  return { text, encoding, suspicious: MOJIBAKE.test(text) || text.includes('\uFFFD') }
}

/** Whether the bytes look like a binary file (zip, PDF, image) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return true
  const sample = bytes.subarray(0, 4096)
  const hasBom =
    (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)
  return !hasBom && sample.includes(0)
}

/** Whether the bytes are a zip container (xlsx, docx …). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}
