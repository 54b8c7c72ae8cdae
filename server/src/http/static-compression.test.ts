import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createStaticCompressor, pickEncoding } from './static-compression.ts'

describe('pickEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', null],
    ['gzip;q=0', null],
    [undefined, null],
    ['', null],
  ] as const)('%j → %s', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected)
  })
})

describe('the static compressor', () => {
  const script = Buffer.from('export const texts = {};\n'.repeat(200))

  it('compresses text files the browser accepts, and they decompress to the same bytes', async () => {
    const compressor = createStaticCompressor()
    const br = await compressor.encode('/x/assets/index-1.js', script, 'gzip, br')
    expect(br.encoding).toBe('br')
    expect(br.body.length).toBeLessThan(script.length / 10)
    expect(brotliDecompressSync(br.body).equals(script)).toBe(true)
    const gz = await compressor.encode('/x/assets/index-1.js', script, 'gzip')
    expect(gz.encoding).toBe('gzip')
    expect(gunzipSync(gz.body).equals(script)).toBe(true)
  })

  it('leaves pictures, tiny files and clients without compression alone', async () => {
    const compressor = createStaticCompressor()
    expect((await compressor.encode('/x/a.png', script, 'br')).encoding).toBeNull()
    expect((await compressor.encode('/x/a.js', Buffer.from('1'), 'br')).encoding).toBeNull()
    const plain = await compressor.encode('/x/a.js', script, undefined)
    expect(plain.encoding).toBeNull()
    expect(plain.body).toBe(script)
  })

  it('compresses a file again when a new build changed it', async () => {
    const compressor = createStaticCompressor()
    await compressor.encode('/x/index.html', script, 'br')
    const rebuilt = Buffer.from('<!doctype html><title>neu</title>\n'.repeat(100))
    const again = await compressor.encode('/x/index.html', rebuilt, 'br')
    expect(brotliDecompressSync(again.body).equals(rebuilt)).toBe(true)
  })
})
