import type { Language } from '../../../shared/src/index.ts'

/**
 * The language of a response: English when the Accept-Language header prefers it over
 * German, German otherwise (the product is German first).
 */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'de'
  let best: { lang: Language; q: number } | undefined
  for (const part of acceptLanguage.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';')
    const primary = range.split('-')[0]
    if (primary !== 'de' && primary !== 'en') continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q <= 0) continue
    if (!best || q > best.q) best = { lang: primary, q }
  }
  return best?.lang ?? 'de'
}
