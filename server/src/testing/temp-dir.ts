import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TempDir {
  readonly path: string
  /** Removes the directory and everything in it; safe to call twice. */
  remove(): void
}

/** A fresh, empty directory under the system temp dir (one per test, so tests never share data). */
export function makeTempDir(prefix = 'quartiersnetz-test-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return {
    path,
    remove: () => rmSync(path, { recursive: true, force: true }),
  }
}
