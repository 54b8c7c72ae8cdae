/**
 * Text safety for exports: spreadsheet formula neutralisation (OWASP CSV injection, ASVS
 * 1.2.10) and removal of characters that XML 1.0 forbids (notes §3.1 and §3.5).
 */

// Leading characters that Excel, LibreOffice or Google Sheets read as the start of a formula,
// including the full-width forms some locales evaluate as well.
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/u
const NEUTRALISED = /^'[\s\u3000]*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/u

/** Whether a spreadsheet would treat this cell text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text)
}

/** Prefixes `'` to a cell a spreadsheet would run as a formula; other text is unchanged. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text
}

/** Undoes `neutraliseFormula` on import, so an exported label comes back unchanged. */
export function restoreNeutralised(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g

/**
 * Drops every character XML 1.0 forbids: C0 controls except TAB, LF, CR; lone surrogates;
 * U+FFFE and U+FFFF. Without this one bad label makes the whole file unreadable.
 */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(LONE_SURROGATE, '')
}

/** Drops lone surrogates only (JSON and CSV can carry controls but not broken UTF-16). */
export function dropLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '')
}
