import { randomBytes } from 'node:crypto'
import { Socket } from 'node:net'
import pg from 'pg'

/*
 * The PostgreSQL and Redis that tests may use. Tests that need them check first and skip
 * with a visible message when they are absent, so the suite runs on any machine.
 */

/** Where tests find PostgreSQL (trust authentication, database `test`). */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
/** Where tests find Redis. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Whether PostgreSQL answers a query at `url` within a second. */
export async function postgresReachable(url = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Whether Redis answers PING at `url` within a second. */
export async function redisReachable(url = TEST_REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = new Socket()
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('error', () => done(false))
    socket.connect(Number(port || 6379), hostname, () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

/** Prints why a group of tests is skipped, so a skip is never silent. */
export function announceSkip(what: string, missing: string): void {
  process.stderr.write(`\n[SKIPPED] ${what}: ${missing} is not reachable.\n`)
}

/** A fresh, empty schema in the test database; `drop()` removes it with everything in it. */
export async function createTestSchema(
  url = TEST_DATABASE_URL,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `qn_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`CREATE SCHEMA ${name}`)
  } finally {
    await admin.end()
  }
  const scoped = new URL(url)
  scoped.searchParams.set('options', `-c search_path=${name}`)
  return {
    name,
    url: scoped.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
      } finally {
        await client.end()
      }
    },
  }
}
