import { describe, expect, it } from 'vitest'
import { parseRoute } from './route.ts'

describe('parseRoute', () => {
  it('the root path is the start page', () => {
    expect(parseRoute('/')).toEqual({ page: 'start' })
  })

  it('a map path with a well-formed id opens that map', () => {
    expect(parseRoute('/m/abcdefghijklmnopqrstuv')).toEqual({
      page: 'map',
      mapId: 'abcdefghijklmnopqrstuv',
    })
  })

  it('a map path with a malformed id is not found', () => {
    expect(parseRoute('/m/short')).toEqual({ page: 'notFound' })
    expect(parseRoute('/m/abcdefghijklmnopqrstuv/extra')).toEqual({ page: 'notFound' })
  })

  it('any other path is not found', () => {
    expect(parseRoute('/admin')).toEqual({ page: 'notFound' })
  })
})
