import { CommandFailed, UsageError } from './cli-errors.ts'
import type { CreatedLinks, ImportResult, Target } from './target.ts'

interface ErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string }
  readonly plan?: unknown
}

async function failure(response: Response): Promise<CommandFailed> {
  let body: ErrorBody = {}
  try {
    body = (await response.json()) as ErrorBody
  } catch {
    // not JSON: the status says enough
  }
  const message = body.error?.message ?? response.statusText
  return new CommandFailed(
    `Der Server antwortet ${response.status}: ${message}`,
    `The server answers ${response.status}: ${message}`,
  )
}

/** A running server, through its HTTP API (the same one the browser uses). */
export function remoteTarget(server: string, token: string | undefined, lang: string): Target {
  let base: URL
  try {
    base = new URL(server)
  } catch {
    throw new UsageError(`--server ${server} ist keine URL.`, `--server ${server} is not a URL.`)
  }
  const needToken = (): string => {
    if (token) return token
    throw new UsageError(
      'Mit --server braucht es ein Token: --token T oder QUARTIERSNETZ_TOKEN.',
      'With --server a token is needed: --token T or QUARTIERSNETZ_TOKEN.',
    )
  }
  const url = (path: string, query: Record<string, string | undefined> = {}) => {
    const result = new URL(path, base)
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) result.searchParams.set(key, value)
    }
    return result
  }
  const call = async (target: URL, init: RequestInit = {}): Promise<Response> => {
    try {
      return await fetch(target, init)
    } catch (error) {
      const reason = error instanceof Error ? (error.cause ?? error.message) : error
      throw new CommandFailed(
        `Der Server ${base.origin} ist nicht erreichbar (${String(reason)}).`,
        `The server ${base.origin} cannot be reached (${String(reason)}).`,
      )
    }
  }
  const headers = () => ({ authorization: `Bearer ${needToken()}`, 'accept-language': lang })
  return {
    async exportMap(mapId, format, options) {
      const query = { dialect: options.dialect, lang: options.language }
      const response = await call(url(`/api/maps/${mapId}/export/${format}`, query), {
        headers: headers(),
      })
      if (!response.ok) throw await failure(response)
      return new Uint8Array(await response.arrayBuffer())
    },
    async importFiles(mapId, format, files, options) {
      const form = new FormData()
      for (const file of files)
        form.append('file', new File([new Uint8Array(file.data)], file.name))
      const query = { mode: options.dryRun ? 'preview' : 'confirm', duplicates: options.duplicates }
      const response = await call(url(`/api/maps/${mapId}/import/${format}`, query), {
        method: 'POST',
        headers: headers(),
        body: form,
      })
      if (response.status === 422) {
        const body = (await response.json()) as { plan: ImportResult['plan'] }
        return { mode: 'invalid', plan: body.plan }
      }
      if (!response.ok) throw await failure(response)
      return (await response.json()) as ImportResult
    },
    async listMaps() {
      throw new UsageError(
        'list geht nur mit --data-dir: der Server verrät nicht, welche Karten es gibt.',
        'list only works with --data-dir: the server does not tell which maps exist.',
      )
    },
    async createMap(input) {
      const response = await call(url('/api/maps'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(input),
      })
      if (response.status !== 201) throw await failure(response)
      const body = (await response.json()) as Record<string, unknown>
      const links: Record<string, string> = {}
      for (const [key, value] of Object.entries(body)) {
        if ((key === 'id' || key.endsWith('Url')) && typeof value === 'string') links[key] = value
      }
      return links as CreatedLinks
    },
    async close() {},
  }
}
