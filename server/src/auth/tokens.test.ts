import { describe, expect, it } from 'vitest'
import { newMapId } from '../../../shared/src/index.ts'
import type { MapRecord } from '../storage/map-store.ts'
import { resolveRole } from './resolve-role.ts'
import { generateToken, hashMatches, hashToken, isTokenShaped, TOKEN_LENGTH } from './tokens.ts'

describe('tokens', () => {
  it('are 43 base64url characters and never repeat', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) {
      expect(token).toHaveLength(TOKEN_LENGTH)
      expect(isTokenShaped(token)).toBe(true)
    }
  })

  it('are stored as SHA-256 hex digests, not as themselves', () => {
    const token = generateToken()
    const hash = hashToken(token)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(token)
    expect(hashMatches(hashToken(token), hash)).toBe(true)
    expect(hashMatches(hashToken(generateToken()), hash)).toBe(false)
    expect(hashMatches('', '')).toBe(false)
  })
})

describe('resolveRole', () => {
  const edit = generateToken()
  const view = generateToken()
  const facilitate = generateToken()
  const map: MapRecord = {
    id: newMapId(),
    title: 't',
    area: null,
    editTokenHash: hashToken(edit),
    viewTokenHash: hashToken(view),
    facilitatorTokenHash: hashToken(facilitate),
    createdAt: 0,
  }
  const store = { getMap: async (id: string) => (id === map.id ? map : null) }

  it('gives the edit role for the edit token and the view role for the view token', async () => {
    expect(await resolveRole(store, map.id, edit)).toBe('edit')
    expect(await resolveRole(store, map.id, view)).toBe('view')
  })

  it('gives the facilitate role for the moderation token only', async () => {
    expect(await resolveRole(store, map.id, facilitate)).toBe('facilitate')
    const older = { getMap: async () => ({ ...map, facilitatorTokenHash: null }) }
    expect(await resolveRole(older, map.id, facilitate)).toBe('none')
    expect(await resolveRole(older, map.id, edit)).toBe('edit')
  })

  it('gives nothing for a wrong, missing or malformed token, or an unknown map', async () => {
    expect(await resolveRole(store, map.id, generateToken())).toBe('none')
    expect(await resolveRole(store, map.id, '')).toBe('none')
    expect(await resolveRole(store, map.id, undefined)).toBe('none')
    expect(await resolveRole(store, map.id, `${edit}x`)).toBe('none')
    expect(await resolveRole(store, newMapId(), edit)).toBe('none')
  })
})
