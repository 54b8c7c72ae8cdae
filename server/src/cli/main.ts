import { parseArgs } from 'node:util'
import { isMapId, type Language } from '../../../shared/src/index.ts'
import { DEFAULT_DATA_DIR, DEFAULT_PORT } from '../config/config.ts'
import { CommandFailed, EXIT, UsageError } from './cli-errors.ts'
import { createCommand, exportCommand, type Io, importCommand, listCommand } from './commands.ts'
import { directTarget } from './direct-target.ts'
import { HELP } from './help.ts'
import { remoteTarget } from './remote-target.ts'
import type { Target } from './target.ts'

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  'data-dir': { type: 'string' },
  server: { type: 'string' },
  token: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const

const OPTIONS = {
  export: {
    ...COMMON,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    dialect: { type: 'string' },
  },
  import: {
    ...COMMON,
    format: { type: 'string', short: 'f' },
    duplicates: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  list: COMMON,
  create: {
    ...COMMON,
    title: { type: 'string' },
    area: { type: 'string' },
    'public-url': { type: 'string' },
  },
} as const

type Command = keyof typeof OPTIONS

export interface CliEnv {
  readonly [name: string]: string | undefined
}

function languageOf(flag: string | undefined, env: CliEnv): Language {
  if (flag !== undefined) {
    if (flag === 'de' || flag === 'en') return flag
    throw new UsageError('--lang ist de oder en.', '--lang is de or en.')
  }
  return /^en/i.test(env.LC_ALL || env.LANG || '') ? 'en' : 'de'
}

function targetOf(values: Record<string, unknown>, env: CliEnv, lang: Language): Target {
  const server = values.server as string | undefined
  const dataDir = values['data-dir'] as string | undefined
  if (server && dataDir) {
    throw new UsageError(
      '--server und --data-dir schließen sich aus.',
      '--server and --data-dir exclude each other.',
    )
  }
  if (server)
    return remoteTarget(
      server,
      (values.token as string | undefined) ?? env.QUARTIERSNETZ_TOKEN,
      lang,
    )
  const publicUrl =
    (values['public-url'] as string | undefined) ??
    env.PUBLIC_URL ??
    `http://localhost:${env.PORT ?? DEFAULT_PORT}`
  return directTarget(dataDir ?? env.DATA_DIR ?? DEFAULT_DATA_DIR, publicUrl.replace(/\/+$/, ''))
}

/** Stands in for a map id that starts with `-` while the options are parsed. */
const HIDDEN_ID = '\u0000map-id:'

function parse(command: Command, argv: readonly string[]) {
  // Map ids may start with `-` (newer ones do not, see newMapId); parseArgs would read such an id
  // as an unknown option, so it is hidden behind a placeholder and put back afterwards. No option
  // of ours is 22 characters long, so nothing meant as an option is taken for an id.
  const hidden = argv.map((arg, i) =>
    arg.startsWith('-') && isMapId(arg) ? `${HIDDEN_ID}${i}` : arg,
  )
  try {
    const parsed = parseArgs({
      args: hidden,
      options: OPTIONS[command],
      allowPositionals: true,
      strict: true,
    })
    const restore = <T>(arg: T): T =>
      typeof arg === 'string' && arg.startsWith(HIDDEN_ID)
        ? ((argv[Number(arg.slice(HIDDEN_ID.length))] ?? arg) as T)
        : arg
    const values = Object.fromEntries(
      Object.entries(parsed.values).map(([name, value]) => [name, restore(value)]),
    ) as typeof parsed.values
    return { values, positionals: parsed.positionals.map(restore) }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new UsageError(
      `Unbekannte oder unvollständige Angabe: ${detail}`,
      `Unknown or incomplete option: ${detail}`,
    )
  }
}

async function run(
  command: Command,
  argv: readonly string[],
  env: CliEnv,
  io: Omit<Io, 'lang'>,
): Promise<number> {
  const { values, positionals } = parse(command, argv)
  const v = values as Record<string, string | boolean | undefined>
  if (v.help) {
    io.stdout.write(HELP[command] ?? HELP.main ?? '')
    return EXIT.ok
  }
  const lang = languageOf(v.lang as string | undefined, env)
  const target = targetOf(v, env, lang)
  const withLang: Io = { ...io, lang }
  const str = (name: string) => v[name] as string | undefined
  try {
    switch (command) {
      case 'export':
        return await exportCommand(
          target,
          { positionals, format: str('format'), out: str('out'), dialect: str('dialect') },
          withLang,
        )
      case 'import':
        return await importCommand(
          target,
          {
            positionals,
            format: str('format'),
            duplicates: str('duplicates'),
            dryRun: v['dry-run'] === true,
            json: v.json === true,
          },
          withLang,
        )
      case 'list':
        if (positionals.length > 0)
          throw new UsageError(
            `Unerwartet: ${positionals.join(' ')}`,
            `Unexpected: ${positionals.join(' ')}`,
          )
        return await listCommand(target, v.json === true, withLang)
      case 'create':
        return await createCommand(
          target,
          { title: str('title'), area: str('area'), json: v.json === true },
          withLang,
        )
    }
  } finally {
    await target.close()
  }
}

/** Runs the command line; returns the exit code (0 done, 1 failed, 2 bad arguments). */
export async function runCli(
  argv: readonly string[],
  env: CliEnv,
  io: Omit<Io, 'lang'> & { readonly stderr: NodeJS.WritableStream },
): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP.main ?? '')
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  try {
    if (!(command in OPTIONS)) {
      throw new UsageError(
        `Unbekannter Befehl „${command}“. Möglich: export, import, list, create.`,
        `Unknown command "${command}". Possible: export, import, list, create.`,
      )
    }
    return await run(command as Command, rest, env, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `Fehler: ${error.de}\nError: ${error.en}\n(quartiersnetz ${command in OPTIONS ? `${command} ` : ''}--help)\n`,
      )
      return EXIT.usage
    }
    if (error instanceof CommandFailed) {
      io.stderr.write(`Fehler: ${error.de}\nError: ${error.en}\n`)
      return EXIT.failed
    }
    throw error
  }
}
