import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url))

it('a bad configuration stops the server with exit code 2 and a message in both languages', () => {
  const result = spawnSync(process.execPath, [MAIN], {
    env: { ...process.env, PORT: 'achtzig', PUBLIC_URL: 'karte.example.org' },
    encoding: 'utf8',
    timeout: 20_000,
  })
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/Invalid configuration/)
  expect(result.stderr).toMatch(/Ungültige Konfiguration/)
  expect(result.stderr).toMatch(/PORT/)
  expect(result.stderr).toMatch(/PUBLIC_URL/)
})
