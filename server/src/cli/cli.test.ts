import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseJson, planGraphmlImport } from '../../../shared/src/formats/index.ts'
import { makeTempDir, type TempDir } from '../testing/temp-dir.ts'
import { startTestServer, type TestServer } from '../testing/test-server.ts'

const BIN = fileURLToPath(new URL('../../bin/quartiersnetz.ts', import.meta.url))
const FIXTURES = fileURLToPath(new URL('../../../shared/src/formats/fixtures/', import.meta.url))

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the real command in a child process, as `npx quartiersnetz` would. */
function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, LANG: 'de_DE.UTF-8', ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

let dir: TempDir
let server: TestServer | undefined
beforeEach(() => {
  dir = makeTempDir()
})
afterEach(async () => {
  await server?.close()
  server = undefined
  dir.remove()
})

async function createdMap(): Promise<{ id: string; editUrl: string; viewUrl: string }> {
  const run = await cli(['create', '--title', 'Köln-Mülheim', '--data-dir', dir.path, '--json'])
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout)
}

const tokenOf = (url: string) => url.split('#t=')[1] ?? ''

describe('npx quartiersnetz', () => {
  it('explains every command in German and English', async () => {
    const main = await cli(['--help'])
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('Befehle / commands')
    for (const command of ['export', 'import', 'list', 'create']) {
      const run = await cli([command, '--help'])
      expect(run.code, command).toBe(0)
      expect(run.stdout).toContain(`quartiersnetz ${command}`)
      expect(run.stdout).toMatch(/Beispiel|Standard|Titel|Listet/)
    }
    expect((await cli(['export', '--help'])).stdout).toContain('--dialect')
  })

  it('creates a map, shows its links once and lists it without tokens', async () => {
    const run = await cli(['create', '--title', 'Kalk', '--area', 'Köln', '--data-dir', dir.path])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Bearbeiten: http:\/\/localhost:\d+\/m\/[\w-]{22}#t=[\w-]{43}/)
    const token = /#t=([\w-]{43})/.exec(run.stdout)?.[1] ?? 'missing'
    const list = await cli(['list', '--data-dir', dir.path])
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/Kalk\s+Köln/)
    expect(list.stdout).not.toContain(token)
    const json = JSON.parse((await cli(['list', '--data-dir', dir.path, '--json'])).stdout)
    expect(json).toEqual([
      { id: expect.any(String), title: 'Kalk', area: 'Köln', created: expect.any(String) },
    ])
  })

  it('imports a CSV fixture as a dry run (nothing changes) and for real, then exports GraphML', async () => {
    const map = await createdMap()
    const files = [join(FIXTURES, 'kumu-elements.csv'), join(FIXTURES, 'kumu-connections.csv')]
    const dry = await cli(['import', map.id, ...files, '--dry-run', '--data-dir', dir.path])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('Probelauf – nichts geändert. Würde 5 Akteure und 4 Verbindungen')
    const empty = await cli(['export', map.id, '--format', 'json', '--data-dir', dir.path])
    expect(JSON.parse(empty.stdout).nodes).toEqual([])

    const real = await cli(['import', map.id, ...files, '--data-dir', dir.path, '--json'])
    expect(real.code).toBe(0)
    expect(JSON.parse(real.stdout).report).toMatchObject({ actorsAdded: 5, linksAdded: 4 })

    const graphml = await cli(['export', map.id, '--format', 'graphml', '--data-dir', dir.path])
    expect(graphml.code).toBe(0)
    const plan = planGraphmlImport(graphml.stdout)
    expect(plan.stats).toMatchObject({ actorsToAdd: 5, linksToAdd: 4 })
    const out = join(dir.path, 'karte.json')
    await cli(['export', map.id, '--format', 'json', '--out', out, '--data-dir', dir.path])
    expect(parseJson(readFileSync(out)).stats.actorsToAdd).toBe(5)
  })

  it('a broken file fails with exit code 1 and the row, and changes nothing', async () => {
    const map = await createdMap()
    const broken = join(dir.path, 'kaputt.csv')
    writeFileSync(broken, 'Name;Art\n"Caritas;Verein\n')
    const run = await cli(['import', map.id, broken, '--data-dir', dir.path])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Zeile 2: Ein Anführungszeichen wird nicht geschlossen')
    const after = await cli(['export', map.id, '--format', 'json', '--data-dir', dir.path])
    expect(JSON.parse(after.stdout).nodes).toEqual([])
  })

  it('takes a map id that starts with - for a map id, not for an option', async () => {
    await createdMap()
    const id = `-${'a'.repeat(21)}`
    const run = await cli(['export', id, '--format', 'json', '--data-dir', dir.path])
    expect(run.stderr).toContain(`Die Karte ${id} gibt es in diesem Datenverzeichnis nicht.`)
    expect(run.code).toBe(1)
  })

  it('bad arguments give exit code 2 and a German message (with the English one below)', async () => {
    const map = await createdMap()
    const cases: [string[], string][] = [
      [['frobnicate'], 'Unbekannter Befehl „frobnicate“'],
      [['export', map.id, '--data-dir', dir.path], '--format fehlt oder ist unbekannt'],
      [['export', 'kein-id', '--format', 'json'], '„kein-id“ ist keine Karten-ID'],
      [['export', map.id, '--format', 'json', '--colour'], 'Unbekannte oder unvollständige Angabe'],
      [['import', map.id, 'x.csv', '--duplicates', 'both'], '--duplicates ist merge oder skip'],
      [['create', '--data-dir', dir.path], 'Bitte --title mit 1 bis 200 Zeichen'],
      [['list', '--server', 'http://localhost:1'], 'list geht nur mit --data-dir'],
    ]
    for (const [args, message] of cases) {
      const run = await cli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toContain(`Fehler: ${message}`)
      expect(run.stderr).toContain('Error: ')
    }
    expect((await cli([])).code).toBe(2)
  })

  it('refuses to write storage a running server holds, and imports through that server instead', async () => {
    const map = await createdMap()
    server = await startTestServer(dir.path)
    const file = join(FIXTURES, 'excel-de-actors.csv')
    const direct = await cli(['import', map.id, file, '--data-dir', dir.path])
    expect(direct.code).toBe(1)
    expect(direct.stderr).toContain(
      `Auf diesem Datenverzeichnis läuft ein Server (${server.server.url}`,
    )
    expect(direct.stderr).toContain('--server')
    // Reading stays possible: every accepted change is journaled at once.
    expect((await cli(['export', map.id, '--format', 'json', '--data-dir', dir.path])).code).toBe(0)

    const remote = ['--server', server.server.url]
    const viaServer = await cli(['import', map.id, file, ...remote], {
      QUARTIERSNETZ_TOKEN: tokenOf(map.editUrl),
    })
    expect(viaServer.code).toBe(0)
    expect(viaServer.stdout).toContain('Importiert: 7 Akteure')
    const view = await cli(['import', map.id, file, ...remote, '--token', tokenOf(map.viewUrl)])
    expect(view.code).toBe(1)
    expect(view.stderr).toContain('Der Server antwortet 403: Mit einem Ansichtslink')
    const exported = await cli([
      'export',
      map.id,
      '--format',
      'json',
      ...remote,
      '--token',
      tokenOf(map.viewUrl),
    ])
    expect(JSON.parse(exported.stdout).nodes).toHaveLength(7)
  })
})
