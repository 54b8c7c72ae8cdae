/*
 * Starts the real server for the browser specs with a fresh, empty data directory, so every
 * run begins without maps and leaves nothing behind. E2E_PORT and E2E_CLIENT_DIR let several
 * runs (each with its own client build) go on side by side.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { quietLogger } from '../server/src/app/logger.ts'
import { startServer } from '../server/src/app/start-server.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'quartiersnetz-e2e-'))
const server = await startServer({
  port: Number(process.env.E2E_PORT ?? 4173),
  host: '127.0.0.1',
  dataDir,
  ...(process.env.E2E_CLIENT_DIR ? { clientDir: process.env.E2E_CLIENT_DIR } : {}),
  logger: quietLogger,
})
console.log(`Quartiersnetz listening on ${server.url}`)

const stop = async () => {
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
