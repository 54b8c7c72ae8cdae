/** What the server answers to `POST /api/maps`. */
export interface CreatedMap {
  readonly id: string
  readonly editToken: string
  readonly viewToken: string
  readonly editUrl: string
  readonly viewUrl: string
  /** The moderation link (meeting mode); older servers do not send it. */
  readonly facilitatorUrl?: string
}

/** An error the server explained (`{error:{code,message}}`), or a network failure. */
export class ApiError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

function isCreatedMap(value: unknown): value is CreatedMap {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return ['id', 'editToken', 'viewToken', 'editUrl', 'viewUrl'].every(
    (key) => typeof v[key] === 'string',
  )
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } }
    const code = typeof body.error?.code === 'string' ? body.error.code : `http_${response.status}`
    const message = typeof body.error?.message === 'string' ? body.error.message : code
    return new ApiError(code, message)
  } catch {
    return new ApiError(`http_${response.status}`, response.statusText)
  }
}

/** Creates a map; throws ApiError with code 'network' when the server is unreachable. */
export async function createMap(input: {
  title: string
  area?: string
  sample?: 'musterviertel'
}): Promise<CreatedMap> {
  let response: Response
  try {
    response = await fetch('/api/maps', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    })
  } catch {
    throw new ApiError('network', 'network')
  }
  if (response.status !== 201 && response.status !== 200) throw await errorFrom(response)
  const body: unknown = await response.json()
  if (!isCreatedMap(body)) throw new ApiError('bad_response', 'unexpected response')
  return body
}
