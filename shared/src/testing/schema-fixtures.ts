import { readdirSync, readFileSync } from 'node:fs'
import * as Y from 'yjs'
import { z } from 'zod'

/*
 * The frozen documents of every released schema version in `schema/fixtures/` (like tldraw's
 * migration fixtures). They were generated once and are never regenerated: a fixture is what a
 * real map of that version looked like, so a migration must keep working on it for ever.
 */

const FIXTURES_DIR = new URL('../schema/fixtures/', import.meta.url)

const fixtureFileSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  description: z.string().min(1),
  updateBase64: z.base64().min(1),
})

/** One fixture file, parsed. */
export interface SchemaFixture {
  readonly file: string
  readonly schemaVersion: number
  readonly description: string
  readonly update: Uint8Array
}

/** Every `schema-v<n>.json` fixture, in version order; throws on a malformed file. */
export function schemaFixtures(): SchemaFixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => /^schema-v\d+\.json$/.test(file))
    .map((file) => {
      const text = readFileSync(new URL(file, FIXTURES_DIR), 'utf8')
      const parsed = fixtureFileSchema.parse(JSON.parse(text))
      const update = new Uint8Array(Buffer.from(parsed.updateBase64, 'base64'))
      return { file, ...parsed, update }
    })
    .sort((a, b) => a.schemaVersion - b.schemaVersion)
}

/** The fixture of one schema version; throws when there is none. */
export function schemaFixture(version: number): SchemaFixture {
  const fixture = schemaFixtures().find((f) => f.schemaVersion === version)
  if (!fixture) throw new Error(`no fixture of schema version ${version}`)
  return fixture
}

/** A fresh doc holding the fixture's document. */
export function loadFixture(fixture: SchemaFixture): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, fixture.update)
  return doc
}
