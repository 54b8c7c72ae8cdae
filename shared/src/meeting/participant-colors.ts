/**
 * Participant colours the server assigns (the same as the client's presence palette); white
 * text on each, and each on white, has at least 4.5:1 contrast (WCAG AA).
 */
export const PARTICIPANT_COLORS = [
  '#0b5cad',
  '#a3242d',
  '#1d6b38',
  '#7a3ea1',
  '#995200',
  '#0f6b73',
  '#b0306a',
  '#4a5a0e',
  '#5b4b8a',
  '#8a4b00',
] as const

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
