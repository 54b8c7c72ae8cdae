import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A running server leaves this file in its DATA_DIR, so the command line can tell that it must
 * not write the storage directly: the server keeps open maps in memory and would not see (and
 * would later overwrite with its compaction) what another process wrote into the journal.
 */
export const SERVER_LOCK_FILE = 'quartiersnetz-server.json'

export interface ServerLock {
  readonly pid: number
  /** The server's base URL, to check it really answers (a pid can be reused). */
  readonly url: string
  readonly startedAt: string
}

/** Records that a server runs on this data directory (called once it listens). */
export function announceServer(dataDir: string, url: string): void {
  const lock: ServerLock = { pid: process.pid, url, startedAt: new Date().toISOString() }
  writeFileSync(join(dataDir, SERVER_LOCK_FILE), `${JSON.stringify(lock)}\n`)
}

/** Removes the record again (graceful shutdown); a missing file is fine. */
export function withdrawServer(dataDir: string): void {
  rmSync(join(dataDir, SERVER_LOCK_FILE), { force: true })
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The server that runs on this data directory, or null. A record left by a crash (dead pid) or
 * by a server that closed without removing it (no answer at its URL) does not count.
 */
export async function runningServer(dataDir: string): Promise<ServerLock | null> {
  let lock: ServerLock
  try {
    lock = JSON.parse(readFileSync(join(dataDir, SERVER_LOCK_FILE), 'utf8')) as ServerLock
  } catch {
    return null
  }
  if (typeof lock.pid !== 'number' || !processAlive(lock.pid)) return null
  try {
    const health = await fetch(new URL('/api/health', lock.url), {
      signal: AbortSignal.timeout(2000),
    })
    return health.ok ? lock : null
  } catch {
    return null
  }
}
