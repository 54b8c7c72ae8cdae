import { compress, type Effort, type Encoding, pickEncoding } from './static-compression.ts'

/** Fast settings, as this runs per request: 488 KB of map become 94 KB (br) in about 6 ms. */
const PER_REQUEST: Effort = { brotliQuality: 5, gzipLevel: 6 }

/**
 * Compresses one answer for this request only (a map's state), in the best encoding the
 * browser accepts; unchanged when it accepts none.
 */
export async function compressBody(
  body: Uint8Array,
  acceptEncoding: string | undefined,
): Promise<{ body: Uint8Array; encoding: Encoding | null }> {
  const encoding = pickEncoding(acceptEncoding)
  if (!encoding) return { body, encoding: null }
  return { body: await compress(body, encoding, PER_REQUEST), encoding }
}
