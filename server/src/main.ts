import { stderrLogger } from './app/logger.ts'
import { type RunningServer, startServer } from './app/start-server.ts'
import { CONFIG_ERROR_EXIT_CODE, ConfigError, loadConfig } from './config/load-config.ts'

/** After a signal, a shutdown that has not finished by then is cut short with exit code 1. */
const FORCE_EXIT_AFTER_MS = 10_000

function readConfig() {
  try {
    return loadConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(CONFIG_ERROR_EXIT_CODE)
  }
}

function handleSignals(server: RunningServer): void {
  let received = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) return
    received = true
    stderrLogger.info('shutting down', { signal })
    setTimeout(() => {
      stderrLogger.error('shutdown took too long; exiting')
      process.exit(1)
    }, FORCE_EXIT_AFTER_MS).unref()
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        stderrLogger.error('shutdown failed', { error: String(error) })
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}

async function main(): Promise<void> {
  const config = readConfig()
  // A stray rejection in a library hook must not take every open meeting down with it: every
  // confirmed edit is journaled, so logging and carrying on is the safer choice.
  process.on('unhandledRejection', (reason) => {
    stderrLogger.error('unhandled rejection', {
      error: reason instanceof Error ? reason.message : String(reason),
    })
  })
  const server = await startServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    redisUrl: config.redisUrl,
    maxMessageBytes: config.maxMessageBytes,
    limits: config.limits,
    trustProxy: config.trustProxy,
    metricsToken: config.metricsToken,
    logger: stderrLogger,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  })
  handleSignals(server)
  // The one line on stdout: scripts and tests wait for it and read the URL from it.
  process.stdout.write(`Quartiersnetz listening on ${server.url}\n`)
}

main().catch((error: unknown) => {
  stderrLogger.error('could not start Quartiersnetz', {
    error: error instanceof Error ? error.message : String(error),
  })
  process.exit(1)
})
