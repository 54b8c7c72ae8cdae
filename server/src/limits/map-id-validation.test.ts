import type { onAuthenticatePayload } from '@hocuspocus/server'
import { expect, it } from 'vitest'
import { newMapId } from '../../../shared/src/index.ts'
import { generateToken } from '../auth/tokens.ts'
import { AccessDenied, authenticate, type CollabContext } from '../collab/authenticate.ts'
import type { MapStore } from '../storage/map-store.ts'

/*
 * Reliability notes S14: a map name or token that cannot be valid is refused before the
 * database is asked anything. The store here records every call.
 */

function recordingStore(): { store: MapStore; calls: string[] } {
  const calls: string[] = []
  const store = new Proxy({} as MapStore, {
    get: (_target, property) => async () => {
      calls.push(String(property))
      return null
    },
  })
  return { store, calls }
}

const payload = (documentName: string, token: unknown) =>
  ({
    documentName,
    token,
    connectionConfig: { readOnly: false, isAuthenticated: false },
  }) as unknown as onAuthenticatePayload<CollabContext>

it('a hostile map name is refused without touching storage', async () => {
  const { store, calls } = recordingStore()
  const names = ['../../etc/passwd', '%2e%2e%2f', 'a\0b', 'x'.repeat(10_000), ' ', 'ＡＢＣ', '']
  for (const name of names) {
    await expect(authenticate(store, payload(name, 'a'.repeat(43)))).rejects.toBeInstanceOf(
      AccessDenied,
    )
  }
  expect(calls).toEqual([])
})

it('a token that cannot be one is refused without touching storage', async () => {
  const { store, calls } = recordingStore()
  for (const token of ['', 'short', 'x'.repeat(10_000), 42, null, { toString: () => 'x' }]) {
    await expect(authenticate(store, payload(newMapId(), token))).rejects.toBeInstanceOf(
      AccessDenied,
    )
  }
  expect(calls).toEqual([])
})

it('a well-formed name and token do reach storage (the recording store works)', async () => {
  const { store, calls } = recordingStore()
  await expect(authenticate(store, payload(newMapId(), generateToken()))).rejects.toBeInstanceOf(
    AccessDenied,
  )
  expect(calls).toEqual(['getMap'])
})
