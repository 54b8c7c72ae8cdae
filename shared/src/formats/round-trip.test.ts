import { describe, expect, test } from 'vitest'
import { readMap } from '../doc/read-map.ts'
import { exportEdgesCsv, exportNodesCsv } from './csv-export.ts'
import { planCsvImport } from './csv-import.ts'
import { EXPORT_FORMATS, exportMap, planImport } from './dispatch.ts'
import { exportGraphml } from './graphml-export.ts'
import { planGraphmlImport } from './graphml-import.ts'
import { exportJson, parseJson } from './json-format.ts'
import { comparable, importIntoEmpty, sampleDoc } from './test-support.ts'
import { exportXlsx, planXlsxImport } from './xlsx.ts'

const original = readMap(sampleDoc())
const encode = (text: string) => new TextEncoder().encode(text)

describe('export → import into an empty map gives the same map', () => {
  test('json keeps everything, title and Sozialraum included', () => {
    const plan = parseJson(encode(exportJson(original)))
    expect(plan.problems).toEqual([])
    const copy = importIntoEmpty(plan, true)
    expect(copy.meta).toEqual(original.meta)
    expect(copy).toEqual(original)
  })

  for (const dialect of ['excel-de', 'rfc4180'] as const) {
    for (const language of ['de', 'en'] as const) {
      test(`nodes.csv + edges.csv (${dialect}, ${language})`, () => {
        const files = [
          { name: 'nodes.csv', data: encode(exportNodesCsv(original, { dialect, language })) },
          { name: 'edges.csv', data: encode(exportEdgesCsv(original, { dialect, language })) },
        ]
        const plan = planCsvImport(files)
        expect(plan.problems).toEqual([])
        expect(comparable(importIntoEmpty(plan))).toEqual(comparable(original))
      })
    }
  }

  test('xlsx', async () => {
    const plan = await planXlsxImport(await exportXlsx(original))
    expect(plan.problems).toEqual([])
    expect(comparable(importIntoEmpty(plan))).toEqual(comparable(original))
  })

  test('graphml, labels minus the characters XML forbids', () => {
    const plan = planGraphmlImport(encode(exportGraphml(original)))
    expect(plan.problems).toEqual([])
    expect(comparable(importIntoEmpty(plan, true), { meta: true })).toEqual(
      comparable(original, { meta: true }),
    )
  })
})

describe('the dispatchers', () => {
  test('every export format can be produced, and every import format reads its own export', async () => {
    const bodies = new Map<string, Uint8Array>()
    for (const format of EXPORT_FORMATS) {
      const file = await exportMap(format, original)
      expect(file.fileName).toMatch(/^[a-z.]+$/)
      const body = typeof file.body === 'string' ? encode(file.body) : file.body
      expect(body.byteLength).toBeGreaterThan(100)
      bodies.set(format, body)
    }
    for (const format of ['json', 'xlsx', 'graphml'] as const) {
      const plan = await planImport(format, bodies.get(format) ?? new Uint8Array())
      expect(plan.stats.actorsToAdd).toBe(original.nodes.length)
      expect(plan.stats.linksToAdd).toBe(original.edges.length)
    }
    const csv = await planImport('csv', bodies.get('nodes.csv') ?? new Uint8Array())
    expect(csv.stats.actorsToAdd).toBe(original.nodes.length)
  })
})
