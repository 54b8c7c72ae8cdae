import { stripXmlForbidden } from '../formats/text-safety.ts'

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** User text as inert XML character data or attribute value: forbidden characters dropped. */
export function escapeXml(text: string): string {
  return stripXmlForbidden(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** A number for an SVG attribute: finite, at most two decimals. */
export const num = (value: number): string =>
  Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0'

/**
 * Splits text into at most `maxLines` lines of about `maxChars` characters, breaking at spaces
 * where it can and inside over-long words where it must; cut text ends with an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const lines: string[] = []
  let current = ''
  const push = (line: string) => lines.push(line)
  for (let word of words) {
    while (word.length > maxChars) {
      if (current) {
        push(current)
        current = ''
      }
      // A hyphen marks a word broken for lack of room.
      push(`${word.slice(0, maxChars - 1)}-`)
      word = word.slice(maxChars - 1)
    }
    if (!current) current = word
    else if (current.length + 1 + word.length <= maxChars) current = `${current} ${word}`
    else {
      push(current)
      current = word
    }
  }
  if (current) push(current)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1] ?? ''
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1))}…`
  return kept
}
