import { z } from 'zod'
import { LOG_LEVELS, type LogLevel } from '../app/logger.ts'
import { DEFAULT_LIMITS, type Limits } from '../limits/limits.ts'

/** The server's configuration, read from the environment (DESIGN.md §4). */
export interface Config {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  readonly publicUrl: string | undefined
  readonly maxMessageBytes: number
  /** PostgreSQL (`postgres://…`) instead of SQLite in DATA_DIR. */
  readonly databaseUrl: string | undefined
  /** Redis (`redis://…`) through which several instances serve the same maps; needs databaseUrl. */
  readonly redisUrl: string | undefined
  /** The /collab limits; `maxMessageBytes` above is the same as `limits.maxMessageBytes`. */
  readonly limits: Limits
  /** Believe X-Real-IP / X-Forwarded-For (only behind a reverse proxy that sets them). */
  readonly trustProxy: boolean
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; else only from loopback. */
  readonly metricsToken: string | undefined
  readonly logLevel: LogLevel
}

export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATA_DIR = './data'
export const DEFAULT_MAX_MESSAGE_BYTES = DEFAULT_LIMITS.maxMessageBytes

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(z.string().regex(/^\d+$/, 'must be a whole number / muss eine ganze Zahl sein'))
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `must be at least ${min} / muss mindestens ${min} sein`)
        .max(max, `must be at most ${max} / darf höchstens ${max} sein`),
    )

const MIB = 1024 * 1024

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((v) => (v === undefined || v === '' ? 'false' : v))
  .pipe(
    z.enum(
      ['true', 'false', '1', '0', 'yes', 'no'],
      'must be true or false / muss true oder false sein',
    ),
  )
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const httpUrl = z
  .url({
    protocol: /^https?$/,
    error: 'must be an absolute http(s) URL / muss eine absolute http(s)-URL sein',
  })
  .transform((v) => v.replace(/\/+$/, ''))

export const envSchema = z.object({
  PORT: integer(DEFAULT_PORT, 0, 65_535),
  HOST: optionalString.transform((v) => v ?? DEFAULT_HOST),
  DATA_DIR: optionalString.transform((v) => v ?? DEFAULT_DATA_DIR),
  PUBLIC_URL: optionalString.pipe(httpUrl.optional()),
  MAX_MESSAGE_BYTES: integer(DEFAULT_MAX_MESSAGE_BYTES, 1024, 1024 * 1024 * 1024),
  DATABASE_URL: optionalString.pipe(
    z
      .url({
        protocol: /^postgres(ql)?$/,
        error: 'must be a postgres:// URL / muss eine postgres://-URL sein',
      })
      .optional(),
  ),
  REDIS_URL: optionalString.pipe(
    z
      .url({
        protocol: /^rediss?$/,
        error: 'must be a redis:// or rediss:// URL / muss eine redis://- oder rediss://-URL sein',
      })
      .optional(),
  ),
  MAX_DOCUMENT_BYTES: integer(DEFAULT_LIMITS.maxDocumentBytes, 64 * 1024, 1024 * MIB),
  MAX_MESSAGES_PER_SECOND: integer(DEFAULT_LIMITS.messagesPerSecond, 1, 100_000),
  MAX_MESSAGE_BURST: integer(DEFAULT_LIMITS.messageBurst, 1, 1_000_000),
  MAX_AWARENESS_STATE_BYTES: integer(DEFAULT_LIMITS.maxAwarenessStateBytes, 256, MIB),
  MAX_AWARENESS_STATES: integer(DEFAULT_LIMITS.maxAwarenessStates, 1, 1000),
  MAX_CONNECTIONS_PER_MAP: integer(DEFAULT_LIMITS.maxConnectionsPerMap, 1, 1_000_000),
  MAX_CONNECTIONS_PER_ADDRESS: integer(DEFAULT_LIMITS.maxConnectionsPerAddress, 0, 1_000_000),
  MAX_BUFFERED_BYTES: integer(DEFAULT_LIMITS.maxBufferedBytes, 64 * 1024, 1024 * MIB),
  TRUST_PROXY: flag,
  METRICS_TOKEN: optionalString.pipe(
    z
      .string()
      .min(16, 'must have at least 16 characters / muss mindestens 16 Zeichen haben')
      .optional(),
  ),
  LOG_LEVEL: optionalString
    .transform((v) => v?.toLowerCase() ?? 'info')
    .pipe(
      z.enum(
        LOG_LEVELS,
        `must be one of ${LOG_LEVELS.join(', ')} / muss einer der Werte ${LOG_LEVELS.join(', ')} sein`,
      ),
    ),
})
