/** Exit codes of the command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

/** Wrong arguments: exit code 2, the message in German and English, and a pointer to --help. */
export class UsageError extends Error {
  readonly de: string
  readonly en: string
  constructor(de: string, en: string) {
    super(`${de} / ${en}`)
    this.de = de
    this.en = en
  }
}

/** The command ran but could not do its job (unknown map, broken file, server refused): exit 1. */
export class CommandFailed extends Error {
  readonly de: string
  readonly en: string
  constructor(de: string, en: string) {
    super(`${de} / ${en}`)
    this.de = de
    this.en = en
  }
}
