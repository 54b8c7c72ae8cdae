import type { z } from 'zod'
import { type Config, envSchema } from './config.ts'

/** Thrown for an invalid environment; its message is meant for the operator, in English and German. */
export class ConfigError extends Error {}

/** Exit code of the server for a bad configuration. */
export const CONFIG_ERROR_EXIT_CODE = 2

function describeIssues(error: z.ZodError): string {
  const lines = error.issues.map(
    (issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`,
  )
  return [
    'Invalid configuration / Ungültige Konfiguration:',
    ...lines,
    'Check the environment variables named above (README: Configuration).',
    'Bitte die oben genannten Umgebungsvariablen prüfen (README: Konfiguration).',
  ].join('\n')
}

/** Reads and validates the configuration; throws ConfigError with a readable message. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error))
  const v = parsed.data
  if (v.REDIS_URL !== undefined && v.DATABASE_URL === undefined) {
    throw new ConfigError(
      [
        'Invalid configuration / Ungültige Konfiguration:',
        '  - REDIS_URL: needs DATABASE_URL; instances that share maps must share one database / ' +
          'braucht DATABASE_URL; Instanzen, die Karten teilen, brauchen eine gemeinsame Datenbank',
      ].join('\n'),
    )
  }
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir: v.DATA_DIR,
    publicUrl: v.PUBLIC_URL,
    maxMessageBytes: v.MAX_MESSAGE_BYTES,
    databaseUrl: v.DATABASE_URL,
    redisUrl: v.REDIS_URL,
    limits: {
      maxMessageBytes: v.MAX_MESSAGE_BYTES,
      maxDocumentBytes: v.MAX_DOCUMENT_BYTES,
      messagesPerSecond: v.MAX_MESSAGES_PER_SECOND,
      messageBurst: v.MAX_MESSAGE_BURST,
      maxAwarenessStateBytes: v.MAX_AWARENESS_STATE_BYTES,
      maxAwarenessStates: v.MAX_AWARENESS_STATES,
      maxConnectionsPerMap: v.MAX_CONNECTIONS_PER_MAP,
      maxConnectionsPerAddress: v.MAX_CONNECTIONS_PER_ADDRESS,
      maxBufferedBytes: v.MAX_BUFFERED_BYTES,
    },
    trustProxy: v.TRUST_PROXY,
    metricsToken: v.METRICS_TOKEN,
    logLevel: v.LOG_LEVEL,
  }
}
