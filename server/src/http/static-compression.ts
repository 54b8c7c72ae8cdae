import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** Text formats worth compressing; pictures and fonts are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|map|svg|webmanifest|txt|wasm)$/i
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024

export type Encoding = 'br' | 'gzip'

/** How hard to compress: static files once per build (thorough), answers per request (fast). */
export interface Effort {
  readonly brotliQuality: number
  readonly gzipLevel: number
}

/** Compresses `body` in `encoding`, off the event loop (zlib's thread pool). */
export function compress(body: Uint8Array, encoding: Encoding, effort: Effort): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: effort.brotliQuality,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gz(body, { level: effort.gzipLevel })
}

// Quality 9 of 11: nearly the best size at a fraction of the time, once per file.
const ONCE_PER_BUILD: Effort = { brotliQuality: 9, gzipLevel: 9 }

/** The best encoding the client accepts (brotli before gzip), or null for none. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    if (name) accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return null
}

interface Cached {
  /** A digest of the bytes compressed, so a rebuilt file is compressed again. */
  readonly digest: string
  readonly br?: Promise<Buffer>
  readonly gzip?: Promise<Buffer>
}

/**
 * Compresses the built client's files for the browser, once per file and encoding: the assets
 * are immutable per build, so compressing them on every request would only burn CPU. The cache
 * is keyed by path and checked against a digest of the bytes read, so a new build is never
 * served stale.
 * API answers carry tokens and stay uncompressed (BREACH); the one exception, a map's state,
 * holds none and is compressed per request (compress-body.ts).
 */
export function createStaticCompressor() {
  const cache = new Map<string, Cached>()
  return {
    async encode(
      file: string,
      body: Buffer,
      acceptEncoding: string | undefined,
    ): Promise<{ body: Buffer; encoding: Encoding | null }> {
      const encoding =
        COMPRESSIBLE.test(file) && body.length >= MIN_BYTES ? pickEncoding(acceptEncoding) : null
      if (!encoding) return { body, encoding: null }
      const digest = createHash('sha1').update(body).digest('base64')
      let entry = cache.get(file)
      if (!entry || entry.digest !== digest) entry = { digest }
      let compressed = entry[encoding]
      if (!compressed) {
        compressed = compress(body, encoding, ONCE_PER_BUILD)
        entry = { ...entry, [encoding]: compressed }
      }
      cache.set(file, entry)
      return { body: await compressed, encoding }
    },
  }
}
