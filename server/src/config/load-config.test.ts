import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../limits/limits.ts'
import { ConfigError, loadConfig } from './load-config.ts'

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: './data',
      publicUrl: undefined,
      maxMessageBytes: 8 * 1024 * 1024,
      databaseUrl: undefined,
      redisUrl: undefined,
      limits: DEFAULT_LIMITS,
      trustProxy: false,
      metricsToken: undefined,
      logLevel: 'info',
    })
  })

  it('reads the limits, the proxy flag, the metrics token and the log level', () => {
    const config = loadConfig({
      MAX_DOCUMENT_BYTES: '1048576',
      MAX_MESSAGES_PER_SECOND: '20',
      MAX_MESSAGE_BURST: '40',
      MAX_AWARENESS_STATE_BYTES: '2048',
      MAX_AWARENESS_STATES: '2',
      MAX_CONNECTIONS_PER_MAP: '80',
      MAX_CONNECTIONS_PER_ADDRESS: '300',
      MAX_BUFFERED_BYTES: '4194304',
      TRUST_PROXY: 'true',
      METRICS_TOKEN: 'a-long-scrape-secret',
      LOG_LEVEL: 'WARN',
    })
    expect(config).toMatchObject({
      limits: {
        maxMessageBytes: 8 * 1024 * 1024,
        maxDocumentBytes: 1_048_576,
        messagesPerSecond: 20,
        messageBurst: 40,
        maxAwarenessStateBytes: 2048,
        maxAwarenessStates: 2,
        maxConnectionsPerMap: 80,
        maxConnectionsPerAddress: 300,
        maxBufferedBytes: 4_194_304,
      },
      trustProxy: true,
      metricsToken: 'a-long-scrape-secret',
      logLevel: 'warn',
    })
  })

  it('reads every variable and drops a trailing slash of PUBLIC_URL', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/qn',
      PUBLIC_URL: 'https://karte.example.org/',
      MAX_MESSAGE_BYTES: '65536',
    })
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/var/lib/qn',
      publicUrl: 'https://karte.example.org',
      maxMessageBytes: 65536,
    })
  })

  it('rejects a bad port, a relative PUBLIC_URL and a tiny message limit in two languages', () => {
    for (const env of [
      { PORT: 'abc' },
      { PORT: '70000' },
      { PORT: '-1' },
      { PUBLIC_URL: 'karte.example.org' },
      { PUBLIC_URL: 'ftp://karte.example.org' },
      { MAX_MESSAGE_BYTES: '10' },
      { MAX_MESSAGES_PER_SECOND: '0' },
      { MAX_DOCUMENT_BYTES: 'lots' },
      { TRUST_PROXY: 'maybe' },
      { METRICS_TOKEN: 'short' },
      { LOG_LEVEL: 'chatty' },
    ]) {
      expect(() => loadConfig(env)).toThrow(ConfigError)
      try {
        loadConfig(env)
      } catch (error) {
        expect(String(error)).toMatch(/Invalid configuration/)
        expect(String(error)).toMatch(/Ungültige Konfiguration/)
        expect(String(error)).toContain(Object.keys(env)[0])
      }
    }
  })

  it('accepts a PostgreSQL DATABASE_URL and a Redis REDIS_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://qn@db.example/quartiersnetz',
      REDIS_URL: 'redis://redis.example:6379',
    })
    expect(config.databaseUrl).toBe('postgres://qn@db.example/quartiersnetz')
    expect(config.redisUrl).toBe('redis://redis.example:6379')
    expect(loadConfig({}).databaseUrl).toBeUndefined()
  })

  it('refuses a database URL that is not PostgreSQL, and Redis without a shared database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/x' })).toThrow(/postgres/)
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/x', REDIS_URL: 'http://r' })).toThrow(
      /redis/,
    )
    expect(() => loadConfig({ REDIS_URL: 'redis://r' })).toThrow(/DATABASE_URL/)
  })
})
