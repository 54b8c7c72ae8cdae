import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { waitFor } from '../testing/wait-for.ts'
import { redisReachable } from './test-services.ts'

/*
 * A redis-server process that belongs to one test, on its own port, so the test may kill, restart
 * and pause it without disturbing the machine's shared Redis that other tests use.
 */

/** Where the test finds redis-server (Debian's package puts it here). */
export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server'

/** Whether this machine can start a private redis-server. */
export const redisServerInstalled = (): boolean => existsSync(REDIS_SERVER)

/** A port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

export interface OwnRedis {
  readonly url: string
  readonly port: number
  /** kill -9: connections drop, every subscription and key is gone. */
  kill(): Promise<void>
  /** Starts it again on the same port (empty, as Redis without persistence comes back). */
  start(): Promise<void>
  /** SIGSTOP: connections stay open but nothing is answered or delivered (a partition). */
  pause(): void
  /** SIGCONT: what was sent meanwhile is processed. */
  resume(): void
  /** Ends it for good (afterAll). */
  stop(): Promise<void>
}

/** Starts a redis-server without persistence on a free port and waits until it answers. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  let exited: Promise<void> = Promise.resolve()

  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
    const process_ = spawn(REDIS_SERVER, args, { stdio: 'ignore' })
    child = process_
    exited = new Promise((resolve) => process_.once('exit', () => resolve()))
    await waitFor(`redis-server on port ${port} to answer`, () => redisReachable(url), {
      timeoutMs: 10_000,
      intervalMs: 50,
    })
  }
  const kill = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      // A paused process dies of SIGKILL too.
      child.kill('SIGKILL')
      await exited
    }
  }
  await start()
  return {
    url,
    port,
    kill,
    start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    stop: kill,
  }
}
