import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { Context, MiddlewareHandler } from 'hono'
import { createStaticCompressor } from '../static-compression.ts'

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'
/**
 * The offline app shell's service worker (client/src/sw). It must be revalidated on every
 * update check, whatever other root files get, or a browser could keep an old worker (and with
 * it an old shell) for up to a day. Served from the root, so its scope is the whole site.
 */
export const SERVICE_WORKER_PATH = '/sw.js'

export const NO_BUILD_HINT = [
  'Quartiersnetz: Die Oberfläche ist noch nicht gebaut. Bitte `npm run build` ausführen (oder `npm start`, das sie baut).',
  'Quartiersnetz: The client has not been built yet. Run `npm run build` (or `npm start`, which builds it).',
].join('\n')

/** The file under `root` a URL path names, or null when the path tries to leave it. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return null
  const file = resolve(root, `.${decoded}`)
  return file.startsWith(root + sep) ? file : null
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    if (!(await stat(file)).isFile()) return null
    return await readFile(file)
  } catch {
    return null
  }
}

type Compressor = ReturnType<typeof createStaticCompressor>

/** A file with its type and caching, brotli- or gzip-compressed when the browser accepts it. */
async function fileResponse(
  c: Context,
  compressor: Compressor,
  file: string,
  body: Buffer,
  cacheControl: string,
): Promise<Response> {
  const encoded = await compressor.encode(file, body, c.req.header('accept-encoding'))
  return c.body(new Uint8Array(encoded.body), 200, {
    'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    ...(encoded.encoding ? { 'Content-Encoding': encoded.encoding, Vary: 'Accept-Encoding' } : {}),
  })
}

/**
 * Serves the built client from `clientDir`: hashed `/assets/*` cached for a year, the SPA's
 * index.html for `/` and `/m/*` (always revalidated, so a deploy is picked up), other root
 * files revalidated. Without a build, `/` and `/m/*` answer 503 with a hint.
 */
export function clientAssets(clientDir: string): MiddlewareHandler {
  const root = resolve(clientDir)
  const compressor = createStaticCompressor()
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const path = c.req.path
    if (path === '/' || path === '/index.html' || path.startsWith('/m/')) {
      const index = resolve(root, 'index.html')
      const body = await readRegularFile(index)
      if (!body) {
        return c.text(NO_BUILD_HINT, 503, { 'Cache-Control': 'no-store' })
      }
      return fileResponse(c, compressor, index, body, REVALIDATE)
    }
    const file = resolveInside(root, path)
    const body = file ? await readRegularFile(file) : null
    if (!file || !body) return next()
    if (path === SERVICE_WORKER_PATH) return fileResponse(c, compressor, file, body, REVALIDATE)
    return fileResponse(
      c,
      compressor,
      file,
      body,
      path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    )
  }
}
