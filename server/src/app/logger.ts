import { Writable } from 'node:stream'
import pino from 'pino'

/**
 * The server's logger. Callers pass ids and counts only: never map content, labels or
 * tokens (they would end up in log files outside the user's control), and client addresses
 * only truncated (`truncateAddress`). Logs go to stderr as JSON lines; the operator's log
 * system decides how long they are kept (README "Datenschutz / Logs").
 */
export interface Logger {
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/*
 * A second line of defence: should a caller ever pass one of these fields, its value is
 * replaced before it is written.
 */
const REDACTED_FIELDS = [
  'token',
  'editToken',
  'viewToken',
  'authorization',
  'password',
  'label',
  'ip',
  'address',
]

export interface LoggerOptions {
  readonly level?: LogLevel
  /** Where JSON lines go; stderr (synchronously, so nothing is lost on exit) by default. */
  readonly write?: (line: string) => void
}

/** A structured JSON logger (pino) behind the Logger interface. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const { write } = options
  const destination = write
    ? new Writable({
        write(chunk: Buffer, _encoding, done) {
          write(chunk.toString())
          done()
        },
      })
    : pino.destination({ fd: 2, sync: true })
  const log = pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_FIELDS, censor: '[redacted]' },
    },
    destination,
  )
  return {
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, fields) => log.error(fields ?? {}, message),
  }
}

/** Logs to stderr, so stdout carries only the one "listening" line that scripts parse. */
export const stderrLogger: Logger = createLogger({
  level: (LOG_LEVELS as readonly string[]).includes(process.env.LOG_LEVEL ?? '')
    ? (process.env.LOG_LEVEL as LogLevel)
    : 'info',
})

/** Logs nothing (tests). */
export const quietLogger: Logger = { info() {}, warn() {}, error() {} }

/** The message of an unknown thrown value, for logs. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
