import { describe, expect, test } from 'vitest'
import { readMap } from '../doc/read-map.ts'
import { recogniseEdgeHeader, recogniseNodeHeader } from './columns.ts'
import { planCsvImport } from './csv-import.ts'
import { readDirection, readStrength, readWebsite } from './detail-columns.ts'
import { exportGexf } from './gexf-export.ts'
import { exportGraphml } from './graphml-export.ts'
import { sampleDoc } from './test-support.ts'

describe('the schema-v2 columns', () => {
  test.each([
    ['Beschreibung', 'description'],
    ['Description', 'description'],
    ['Planungsraum', 'planningArea'],
    ['Sozialraum', 'planningArea'],
    ['Website', 'website'],
    ['Homepage', 'website'],
    ['Ansprechperson', 'contact'],
    ['E-Mail', 'contact'],
  ])('actor header %j → %s', (header, field) => {
    expect(recogniseNodeHeader(header)).toBe(field)
  })

  test.each([
    ['Stärke', 'strength'],
    ['Weight', 'strength'],
    ['Richtung', 'direction'],
    ['Direction', 'direction'],
    ['Notiz', 'note'],
    ['Label', 'note'],
  ])('link header %j → %s', (header, field) => {
    expect(recogniseEdgeHeader(header)).toBe(field)
  })

  test('directions in our words, Kumu words and arrows', () => {
    expect(readDirection('directed')).toBe('forward')
    expect(readDirection('mutual')).toBe('both')
    expect(readDirection('undirected')).toBe('none')
    expect(readDirection('von → nach')).toBe('forward')
    expect(readDirection('<-')).toBe('backward')
    expect(readDirection('In beide Richtungen')).toBe('both')
    expect(readDirection('quer')).toBeUndefined()
  })

  test('strengths as numbers, Kumu weights and words', () => {
    expect(readStrength('1')).toBe(1)
    expect(readStrength('2,4')).toBe(2)
    expect(readStrength('10')).toBe(3)
    expect(readStrength('eng')).toBe(3)
    expect(readStrength('loose')).toBe(1)
    expect(readStrength('regelmäßig')).toBe(2)
    expect(readStrength('sehr')).toBeUndefined()
  })

  test('websites: a bare domain gets https, other schemes are refused with a row problem', () => {
    expect(readWebsite('www.caritas-koeln.de')).toBe('https://www.caritas-koeln.de')
    expect(readWebsite('http://example.org/a?b=1')).toBe('http://example.org/a?b=1')
    expect(readWebsite('javascript:alert(1)')).toBeUndefined()
    expect(readWebsite('mailto:a@example.org')).toBeUndefined()
    const plan = planCsvImport('Name;Website\nCaritas;javascript:alert(1)\nAWO;awo.de\n')
    expect(plan.nodes.map((n) => n.website)).toEqual([undefined, 'https://awo.de'])
    expect(plan.problems).toMatchObject([{ code: 'notAWebsite', row: 2, severity: 'warning' }])
    expect(plan.problems[0]?.message.de).toContain('keine Webadresse')
  })

  test('an unknown strength is reported and the default taken', () => {
    const plan = planCsvImport('Von;Nach;Stärke\nA;B;sehr\n')
    expect(plan.problems.find((p) => p.code === 'unknownValue')?.message.de).toContain(
      'übernommen als „regelmäßig“',
    )
  })
})

describe('graph formats carry direction and strength', () => {
  const model = readMap(sampleDoc())

  test('GraphML declares strength as int and draws arrows by direction', () => {
    const xml = exportGraphml(model)
    expect(xml).toContain('attr.name="strength" attr.type="int"')
    const backward = model.edges.find((e) => e.direction === 'backward')
    const element = xml.slice(xml.indexOf(`<edge id="${backward?.id}"`))
    expect(element.slice(0, element.indexOf('</edge>'))).toContain(
      '<y:Arrows source="standard" target="none"',
    )
  })

  test('GEXF declares strength as integer and turns a backward link round', () => {
    const xml = exportGexf(model)
    expect(xml).toContain('title="strength" type="integer"')
    const backward = model.edges.find((e) => e.direction === 'backward')
    expect(xml).toContain(
      `<edge id="${backward?.id}" source="${backward?.target}" target="${backward?.source}"`,
    )
  })
})
